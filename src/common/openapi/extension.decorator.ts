import { ApiExtension } from '@nestjs/swagger';

/**
 * Marks a route that MaxIM's API does not have: the OpenAPI document shows `x-extension: true` on
 * it, so SDK authors and the operation catalogue can tell our additions from the mirrored API.
 */
export const OurExtension = () => ApiExtension('x-extension', true);
