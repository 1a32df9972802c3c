import { vendorRequest, VendorResponse, VendorUnreachableError } from '../../push/channels/vendor-common/vendor-http';
import { SendFailedError } from './code-sender';

/** One call to an SMS vendor: unreachable vendors become SendFailedError like refusals do. */
export async function smsVendorRequest(vendor: string, url: string, init: { method?: string; headers?: Record<string, string>; body?: string }): Promise<VendorResponse> {
  try {
    return await vendorRequest(url, init);
  } catch (error) {
    if (error instanceof VendorUnreachableError) throw new SendFailedError(`${vendor}: ${error.message}`);
    throw error;
  }
}

/** E.164: our mainland numbers (11 digits, no country code) get +86. */
export function e164(mobile: string): string {
  return mobile.startsWith('+') ? mobile : `+86${mobile}`;
}
