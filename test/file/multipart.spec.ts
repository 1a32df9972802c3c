import { Readable } from 'node:stream';
import { MalformedMultipartError, MultipartReader, multipartBoundary, dispositionParameters } from '../../src/file/multipart';
import { multipartBody } from './fixtures';

async function readFilePart(chunks: Buffer[], boundary: string) {
  const reader = new MultipartReader(Readable.from(chunks), boundary);
  const fields: Record<string, string> = {};
  for (let headers = await reader.nextPart(); headers; headers = await reader.nextPart()) {
    const { name, filename } = dispositionParameters(headers['content-disposition']);
    const parts: Buffer[] = [];
    for await (const chunk of reader.body()) parts.push(chunk);
    if (filename !== null) return { fields, file: Buffer.concat(parts), filename };
    fields[name!] = Buffer.concat(parts).toString();
  }
  return null;
}

describe(MultipartReader.name, () => {
  const file = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 31) % 256));
  const { payload, contentType } = multipartBody({ key: 'k', policy: 'p' }, Buffer.concat([file, Buffer.from('\r\n--x-boundary-Zz')]), 'a b.png');
  const boundary = multipartBoundary(contentType)!;

  it('reads the boundary of a multipart/form-data Content-Type, quoted or not', () => {
    expect(boundary).toBe('x-boundary-Zz9');
    expect(multipartBoundary('multipart/form-data; boundary="abc def"')).toBe('abc def');
    expect(multipartBoundary('application/json')).toBeNull();
  });

  it('hands on the file part unchanged however the body is cut into chunks, even where a chunk ends inside a boundary', async () => {
    for (const size of [1, 2, 7, 13, 64, 1000, payload.length]) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < payload.length; at += size) chunks.push(payload.subarray(at, at + size));
      const read = await readFilePart(chunks, boundary);
      expect(read?.fields).toEqual({ key: 'k', policy: 'p' });
      expect(read?.filename).toBe('a b.png');
      expect(read?.file.equals(Buffer.concat([file, Buffer.from('\r\n--x-boundary-Zz')]))).toBe(true);
    }
  });

  it('refuses a body that ends inside a part', async () => {
    await expect(readFilePart([payload.subarray(0, payload.length - 30)], boundary)).rejects.toBeInstanceOf(MalformedMultipartError);
  });

  it('prefers the UTF-8 filename*', () => {
    expect(dispositionParameters(`form-data; name="file"; filename="a.txt"; filename*=UTF-8''%E6%96%87.txt`)).toEqual({ name: 'file', filename: '文.txt' });
  });
});
