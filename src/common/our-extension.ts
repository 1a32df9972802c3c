import { ApiExtension } from '@nestjs/swagger';

/** Marks a route as ours, not MaxIM's, in the OpenAPI document (`x-extension: true` on the operation). */
export const OurExtension = () => ApiExtension('x-extension', true);
