/** `#/users?user=12`: the page and its parameters live in the hash, so the server serves one file. */
export function readHash(): { path: string; params: URLSearchParams } {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  return { path: path || 'overview', params: new URLSearchParams(query ?? '') };
}

export function navigate(path: string, params: Record<string, string | number> = {}): void {
  const query = new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)])).toString();
  location.hash = `#/${path}${query ? `?${query}` : ''}`;
}

export interface PageProps {
  client: import('./api').ImClient;
  params: URLSearchParams;
}
