import { callbackAddressProblem, callbackUrlProblem, nonPublicKind } from './callback-url-policy';

const production = { requireHttps: true, allowPrivateAddresses: false };
const development = { requireHttps: false, allowPrivateAddresses: false };
const allowingPrivate = { requireHttps: true, allowPrivateAddresses: true };

describe('callback URL policy', () => {
  it('accepts an https URL on a public name or address', () => {
    expect(callbackUrlProblem('https://callbacks.example.gov.uk/notify', production)).toBeNull();
    expect(callbackUrlProblem('https://203.0.113.9/notify', production)).toBeNull();
    expect(callbackUrlProblem('https://[2001:db8::1]/notify', production)).toBeNull();
  });

  it('demands https in production', () => {
    expect(callbackUrlProblem('http://callbacks.example.gov.uk/notify', production)).toBe('Enter a URL that starts with https://');
  });

  it('accepts http outside production, but nothing else', () => {
    expect(callbackUrlProblem('http://callbacks.example.gov.uk/notify', development)).toBeNull();
    expect(callbackUrlProblem('ftp://callbacks.example.gov.uk/notify', development)).toBe('Enter a URL that starts with https://');
    expect(callbackUrlProblem('not a url', development)).toBe('Enter a URL that starts with https://');
  });

  it('refuses a user name or password in the URL', () => {
    expect(callbackUrlProblem('https://user:secret@callbacks.example.gov.uk/', production)).toBe('A callback URL cannot hold a user name or password');
  });

  it('refuses a literal loopback, private or link-local address', () => {
    expect(callbackUrlProblem('https://127.0.0.1:8443/', production)).toBe('127.0.0.1 is a loopback address; callbacks go only to public addresses');
    expect(callbackUrlProblem('https://[::1]/', production)).toBe('::1 is a loopback address; callbacks go only to public addresses');
    expect(callbackUrlProblem('https://169.254.169.254/latest/meta-data', production)).toBe(
      '169.254.169.254 is a link-local address; callbacks go only to public addresses',
    );
    expect(callbackUrlProblem('https://[64:ff9b::7f00:1]/', production)).toBe('64:ff9b::7f00:1 is a loopback address; callbacks go only to public addresses');
    expect(callbackUrlProblem('https://[2002:a9fe:a9fe::1]/', production)).toBe(
      '2002:a9fe:a9fe::1 is a link-local address; callbacks go only to public addresses',
    );
  });

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['169.254.1.1', 'link-local'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['fe80::1%eth0', 'link-local'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['ff02::1', 'multicast'],
    // NAT64 (RFC 6052) and 6to4 (RFC 3056) carry an IPv4 address that a gateway delivers to.
    ['64:ff9b::127.0.0.1', 'loopback'],
    ['64:ff9b::7f00:1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['2002:7f00:1::', 'loopback'],
    ['2002:a00:1::1', 'private'],
    ['2002:c0a8:101:1::5', 'private'],
    ['2002:a9fe:a9fe::', 'link-local'],
    ['64:ff9b:1::a00:1', 'private'],
  ])('%s is %s', (address, kind) => {
    expect(nonPublicKind(address)).toBe(kind);
  });

  it.each(['8.8.8.8', '172.32.0.1', '192.169.0.1', '203.0.113.9', '2001:4860:4860::8888', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1'])(
    '%s is public',
    (address) => {
      expect(nonPublicKind(address)).toBeNull();
    },
  );

  it('allows any address when private addresses are allowed (ALLOW_PRIVATE_CALLBACK_URLS)', () => {
    expect(callbackAddressProblem('127.0.0.1', allowingPrivate)).toBeNull();
    expect(callbackUrlProblem('https://10.0.0.5/callback', allowingPrivate)).toBeNull();
    expect(callbackUrlProblem('http://10.0.0.5/callback', allowingPrivate)).toBe('Enter a URL that starts with https://');
  });
});
