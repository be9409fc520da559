import { decodeUuid, documentLink, encodeUuid } from './document-link';

describe('download link ids', () => {
  const id = '5f0c7a44-1a8e-4d6f-9b1e-2f1c3b4a5d6e';

  it('writes a UUID as 22 base64url characters and reads it back', () => {
    expect(encodeUuid(id)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(decodeUuid(encodeUuid(id))).toBe(id);
  });

  it('reads anything else as no id', () => {
    expect(decodeUuid('not-an-id')).toBeNull();
    expect(decodeUuid(`${encodeUuid(id)}A`)).toBeNull();
  });

  it('builds the link under the API base URL', () => {
    expect(documentLink('https://api.example', id, id, 'k')).toBe(`https://api.example/d/${encodeUuid(id)}/${encodeUuid(id)}?key=k`);
  });
});
