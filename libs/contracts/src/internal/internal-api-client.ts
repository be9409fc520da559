import { AccountClient } from './account.client';
import { ActivityClient } from './activity.client';
import { DashboardClient } from './dashboard.client';
import { ApiIntegrationClient } from './api-integration.client';
import { InternalHttp } from './internal-http';
import { JobsClient } from './jobs.client';
import { SendClient } from './send.client';
import { PlatformClient } from './platform.client';
import { TemplatesClient } from './templates.client';
import { TemplateSetsClient } from './template-sets.client';
import { ServicesClient } from './services.client';
import { InboundClient } from './inbound.client';
import { SettingsClient } from './settings.client';
import { TeamClient } from './team.client';
import { PreferencesClient } from './preferences.client';
import { MessagesClient } from './messages.client';
import { AlternativeFormatsClient } from './alternative-formats.client';
import { OversightClient } from './oversight.client';
import { RegistersClient } from './registers.client';
import { UsageClient } from './usage.client';
import { OrganisationsClient } from './organisations.client';
import { ProfileClient } from './profile.client';

/**
 * The admin's typed client of the API's /internal endpoints, bound to one user's session (or to
 * none, for signing in). One field per area; each area's client lives in its own file.
 */
export class InternalApiClient {
  readonly platform: PlatformClient;
  readonly account: AccountClient;
  readonly send: SendClient;
  readonly jobs: JobsClient;
  readonly apiIntegration: ApiIntegrationClient;
  readonly templates: TemplatesClient;
  readonly templateSets: TemplateSetsClient;
  readonly settings: SettingsClient;
  readonly dashboard: DashboardClient;
  readonly activity: ActivityClient;
  readonly team: TeamClient;
  readonly services: ServicesClient;
  readonly inbound: InboundClient;
  readonly preferences: PreferencesClient;
  readonly messages: MessagesClient;
  readonly alternativeFormats: AlternativeFormatsClient;
  readonly oversight: OversightClient;
  readonly registers: RegistersClient;
  readonly usage: UsageClient;
  readonly organisations: OrganisationsClient;
  readonly profile: ProfileClient;

  constructor(baseUrl: string, sessionToken: string | null) {
    const http = new InternalHttp(baseUrl, sessionToken);
    this.platform = new PlatformClient(http);
    this.account = new AccountClient(http);
    this.send = new SendClient(http);
    this.jobs = new JobsClient(http);
    this.apiIntegration = new ApiIntegrationClient(http);
    this.templates = new TemplatesClient(http);
    this.templateSets = new TemplateSetsClient(http);
    this.settings = new SettingsClient(http);
    this.dashboard = new DashboardClient(http);
    this.activity = new ActivityClient(http);
    this.team = new TeamClient(http);
    this.services = new ServicesClient(http);
    this.inbound = new InboundClient(http);
    this.preferences = new PreferencesClient(http);
    this.messages = new MessagesClient(http);
    this.alternativeFormats = new AlternativeFormatsClient(http);
    this.oversight = new OversightClient(http);
    this.registers = new RegistersClient(http);
    this.usage = new UsageClient(http);
    this.organisations = new OrganisationsClient(http);
    this.profile = new ProfileClient(http);
  }
}
