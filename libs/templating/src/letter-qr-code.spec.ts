import { qrCodeModules } from './letter-qr-code';

describe('QR codes for letters', () => {
  it('makes a square code with the three finder patterns', () => {
    const modules = qrCodeModules('https://www.gov.uk/renew');
    const size = modules.length;
    expect(size).toBeGreaterThanOrEqual(21);
    expect((size - 17) % 4).toBe(0);
    for (const [row, column] of [
      [0, 0],
      [0, size - 7],
      [size - 7, 0],
    ]) {
      expect(modules[row].slice(column, column + 7).every(Boolean)).toBe(true);
      expect(modules[row + 2][column + 2] && modules[row + 3][column + 3] && modules[row + 4][column + 4]).toBe(true);
      expect(modules[row + 1][column + 1]).toBe(false);
    }
  });

  it('holds Notify’s longest link of 504 bytes', () => {
    expect(qrCodeModules(`https://www.gov.uk/${'a'.repeat(485)}`).length).toBeGreaterThan(50);
  });
});
