import { checkModelEndpoint, isAllowListed, isPrivateAddress } from '../../../src/server/model/endpoint-policy.js';
import type { LookupAll } from '../../../src/server/model/endpoint-policy.js';
import { WenshuError } from '../../../src/core/errors/codes.js';

/** A DNS stand-in: names map to fixed address lists; anything else does not resolve. */
function fakeDns(table: Record<string, string[]>): LookupAll & { asked: string[] } {
  const asked: string[] = [];
  const fn = async (host: string) => {
    asked.push(host);
    const list = table[host];
    if (!list) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(fn, { asked });
}

async function refusal(p: Promise<unknown>): Promise<WenshuError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(WenshuError);
  return err as WenshuError;
}

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1', '127.255.0.9', '::1', '10.1.2.3', '172.16.0.1', '172.31.255.254', '192.168.1.10',
    '100.64.0.1', '100.127.255.254', '169.254.169.254', 'fd12:3456::1', 'fc00::1', 'fe80::1', 'FE80::abcd',
    '::ffff:192.168.1.1', '::ffff:7f00:1', '[::1]', 'fe80::1%eth0',
  ])('treats %s as private', (ip) => expect(isPrivateAddress(ip)).toBe(true));

  it.each([
    '8.8.8.8', '1.1.1.1', '172.32.0.1', '172.15.255.255', '100.128.0.1', '100.63.255.255', '192.169.0.1',
    '2001:4860:4860::8888', 'fe00::1', '::ffff:8.8.8.8', 'not-an-ip', '',
  ])('treats %s as public', (ip) => expect(isPrivateAddress(ip)).toBe(false));
});

describe('checkModelEndpoint', () => {
  it('accepts private IP literals without asking DNS', async () => {
    const dns = fakeDns({});
    await expect(checkModelEndpoint('http://10.0.0.5:8000/v1', [], dns)).resolves.toMatchObject({ reason: 'private' });
    await expect(checkModelEndpoint('http://[fd00::5]:8000/v1', [], dns)).resolves.toMatchObject({ host: 'fd00::5' });
    expect(dns.asked).toEqual([]);
  });

  it('accepts localhost through the real resolver', async () => {
    const decision = await checkModelEndpoint('http://localhost:11434/v1', []);
    expect(decision.addresses.length).toBeGreaterThan(0);
    expect(decision.addresses.every(isPrivateAddress)).toBe(true);
  });

  it('accepts a name that resolves only to private addresses', async () => {
    const dns = fakeDns({ 'llm.corp.example': ['10.20.0.7', 'fd00::7'] });
    await expect(checkModelEndpoint('https://llm.corp.example/v1', [], dns)).resolves.toEqual({
      host: 'llm.corp.example', addresses: ['10.20.0.7', 'fd00::7'], reason: 'private',
    });
  });

  it('refuses a public IP literal, naming it and how to allow it', async () => {
    const err = await refusal(checkModelEndpoint('http://8.8.8.8/v1', []));
    expect(err.code).toBe('model_refused_endpoint');
    expect(err.message).toContain('8.8.8.8');
    expect(err.message).toContain('MODEL_ALLOWED_HOSTS=8.8.8.8');
  });

  it('refuses a name that resolves to a public address', async () => {
    const err = await refusal(checkModelEndpoint('https://api.example.com/v1', [], fakeDns({ 'api.example.com': ['93.184.216.34'] })));
    expect(err.code).toBe('model_refused_endpoint');
    expect(err.params).toEqual({ host: 'api.example.com', address: '93.184.216.34' });
    expect(err.messageIn('zh-CN')).toContain('MODEL_ALLOWED_HOSTS=api.example.com');
  });

  it('refuses a name with mixed private and public addresses, naming the public one', async () => {
    const dns = fakeDns({ 'mixed.example': ['10.0.0.1', '2001:db8::1', '192.168.0.3'] });
    const err = await refusal(checkModelEndpoint('http://mixed.example/v1', [], dns));
    expect(err.params.address).toBe('2001:db8::1');
  });

  it('accepts a public host that is allow-listed, by exact name or wildcard, case-insensitively', async () => {
    const dns = fakeDns({ 'API.example.com': ['93.184.216.34'], 'gpu1.llm.example.org': ['203.0.113.9'] });
    await expect(checkModelEndpoint('https://API.example.com/v1', ['api.example.com'], dns)).resolves.toMatchObject({ reason: 'allow-listed' });
    await expect(checkModelEndpoint('https://gpu1.llm.example.org/v1', ['*.Example.org'], dns)).resolves.toMatchObject({ reason: 'allow-listed' });
    const err = await refusal(checkModelEndpoint('https://gpu1.llm.example.org/v1', ['llm.example.org'], dns));
    expect(err.code).toBe('model_refused_endpoint');
  });

  it('reports a name that does not resolve as unreachable, with the URL', async () => {
    const err = await refusal(checkModelEndpoint('http://nowhere.invalid:8000/v1', [], fakeDns({})));
    expect(err.code).toBe('model_unreachable');
    expect(err.message).toContain('http://nowhere.invalid:8000/v1');
  });
});

describe('isAllowListed', () => {
  it('matches exact hosts and *.suffix entries only', () => {
    expect(isAllowListed('llm.corp.example.', ['LLM.corp.example'])).toBe(true);
    expect(isAllowListed('a.b.corp.example', ['*.corp.example'])).toBe(true);
    expect(isAllowListed('corp.example', ['*.corp.example'])).toBe(false);
    expect(isAllowListed('evilcorp.example', ['*.corp.example'])).toBe(false);
    expect(isAllowListed('llm.corp.example.attacker.net', ['llm.corp.example'])).toBe(false);
    expect(isAllowListed('x', ['', ' '])).toBe(false);
  });
});
