import type { RegisterDefinition } from '@herald/domain';
import { FakeRegisterConnector } from './adapters/fake-register.connector';
import { HttpsJsonRegisterConnector } from './adapters/https-json-register.connector';
import { XRoadRegisterConnector } from './adapters/x-road-register.connector';
import { InvalidRegisterSettingsError } from './invalid-register-settings.error';
import { RegisterConnectors } from './register-connectors';

const aDefinition = (overrides: Partial<RegisterDefinition>): RegisterDefinition => ({
  name: 'population',
  adapter: 'fake',
  settings: { schemes: ['nino'], people: [] },
  createdAt: new Date(),
  updatedAt: null,
  ...overrides,
});

describe('RegisterConnectors', () => {
  const connectors = new RegisterConnectors();

  it('builds the adapter the definition names', () => {
    expect(connectors.forRegister(aDefinition({}))).toBeInstanceOf(FakeRegisterConnector);
    expect(connectors.forRegister(aDefinition({ adapter: 'https-json', settings: { url: 'https://r.example.gov', schemes: ['nino'] } }))).toBeInstanceOf(
      HttpsJsonRegisterConnector,
    );
    const xRoad = { security_server_url: 'https://ss.example.ee', client: 'EE/GOV/1/herald', service: 'EE/GOV/2/rr/contacts', schemes: ['nino'] };
    expect(connectors.forRegister(aDefinition({ adapter: 'x-road', settings: xRoad }))).toBeInstanceOf(XRoadRegisterConnector);
  });

  it('gives a connector that rejects every call when the settings are unusable, naming the problem', async () => {
    const connector = connectors.forRegister(aDefinition({ adapter: 'https-json', settings: { url: 'http://r.example.gov', schemes: ['nino'] } }));
    const lookup = connector.lookupContact({ scheme: 'nino', value: 'QQ123456C' }, { purpose: 'p', messageId: 'm', userId: null }, ['email_address']);
    await expect(lookup).rejects.toBeInstanceOf(InvalidRegisterSettingsError);
    await expect(lookup).rejects.toThrow("Register population has unusable settings: 'url' must use https://");
  });
});
