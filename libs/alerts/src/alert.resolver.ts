import { Args, Context, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Principal } from '@yntymak/context';
import { TenantDb } from '@yntymak/database';
import { decodeCursor, toConnection } from '@yntymak/graphql-kit';
import { RequireRole } from '@yntymak/tenancy';
import { AlertRepository, toAlert } from './alert.repository';
import { AlertStream } from './alert-stream';
import { AlertPreferencesInput, AlertsArgs, MarkAlertsReadInput } from './dto/alerts.args';
import { AlertConnection, AlertPreferencesType, AlertType } from './types/alert.type';

@Resolver(() => AlertType)
export class AlertResolver {
  constructor(
    private readonly db: TenantDb,
    private readonly inbox: AlertRepository,
    private readonly stream: AlertStream,
  ) {}

  @Query(() => AlertConnection, { description: "Your organisation's alerts, newest first, with the unread count." })
  async alerts(@Args() args: AlertsArgs): Promise<AlertConnection> {
    const after = args.after ? decodeCursor(args.after) : undefined;
    const { rows, total, unread } = await this.db.run((tx) => this.inbox.page(tx, args.unreadOnly, after, args.first + 1));
    return { ...toConnection(rows.map((r) => ({ ...r, createdAt: r.created_at })), args.first, total, toAlert), unreadCount: unread };
  }

  @Query(() => Int)
  unreadAlertCount(): Promise<number> {
    return this.db.run((tx) => this.inbox.unread(tx));
  }

  @Mutation(() => Int, { description: 'Marks your alerts read; returns how many changed. Ids that are not yours change nothing.' })
  markAlertsRead(@Args('input') input: MarkAlertsReadInput): Promise<number> {
    return this.db.run((tx) => this.inbox.markRead(tx, input.ids));
  }

  @Query(() => AlertPreferencesType)
  alertPreferences(): Promise<AlertPreferencesType> {
    return this.db.run((tx) => this.inbox.preferences(tx));
  }

  @Mutation(() => AlertPreferencesType, { description: 'Admins: what your organisation is alerted about, and through which channels.' })
  @RequireRole('ADMIN')
  updateAlertPreferences(@Args('input') input: AlertPreferencesInput): Promise<AlertPreferencesType> {
    return this.db.run(async (tx) => {
      const current = await this.inbox.preferences(tx);
      const channels = [...new Set(['INBOX', ...(input.channels ?? current.channels)])];
      await this.inbox.savePreferences(tx, {
        minScore: input.minScore ?? current.minScore,
        themeCodes: input.themeCodes ?? current.themeCodes,
        adminUnitIds: input.adminUnitIds ?? current.adminUnitIds,
        channels,
      });
      return this.inbox.preferences(tx);
    });
  }

  @Subscription(() => AlertType, {
    description: 'Your organisation\'s alerts as they happen (graphql-ws; send {"authorization": "Bearer ynt_..."} in connection_init).',
    resolve: (payload: { alertReceived: AlertType }) => payload.alertReceived,
  })
  alertReceived(@Context('principal') principal: Principal): AsyncIterableIterator<unknown> {
    return this.stream.iterator(principal.organisationId);
  }
}
