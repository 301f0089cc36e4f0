import { Injectable } from '@nestjs/common';
import { TenantDb } from '@yntymak/database';
import { NotFoundError } from '@yntymak/errors';
import { ConnectionShape, decodeCursor, toConnection } from '@yntymak/graphql-kit';
import { describeWaiting } from '@yntymak/issues-domain';
import { AdvocacyItemsArgs } from '../dto/advocacy.args';
import { tenantSql } from '../sql';
import { AdvocacyItemType } from '../types/advocacy-item.type';
import { AdvocacyRepository, AdvocacyWithHistory } from './advocacy.repository';

/** Advocacy items with their history and how long each has waited in its state. */
@Injectable()
export class AdvocacyQueries {
  constructor(
    private readonly db: TenantDb,
    private readonly advocacy: AdvocacyRepository,
  ) {}

  async item(id: string, now = new Date()): Promise<AdvocacyItemType> {
    return this.db.run(async (tx) => {
      const sql = tenantSql(tx);
      const row = await this.advocacy.find(sql, id);
      if (!row) throw new NotFoundError('advocacy item');
      return present((await this.advocacy.withHistory(sql, [row]))[0], now);
    });
  }

  async page(args: AdvocacyItemsArgs, now = new Date()): Promise<ConnectionShape<AdvocacyItemType>> {
    const after = args.after ? decodeCursor(args.after) : undefined;
    return this.db.run(async (tx) => {
      const sql = tenantSql(tx);
      const { rows, total } = await this.advocacy.page(sql, args.filter ?? {}, after, args.first + 1);
      const items = new Map((await this.advocacy.withHistory(sql, rows.slice(0, args.first))).map((i) => [i.item.id, present(i, now)]));
      return toConnection(rows.map((r) => ({ id: r.id, createdAt: r.created_at })), args.first, total, (r) => items.get(r.id)!);
    });
  }
}

function present(a: AdvocacyWithHistory, now: Date): AdvocacyItemType {
  const waiting = describeWaiting(a.machine, now);
  return {
    id: a.item.id,
    title: a.item.title,
    position: a.item.position,
    kind: a.item.kind,
    channel: a.item.channel,
    state: a.item.state,
    stateSince: a.item.state_since,
    version: a.item.version,
    sharedIssueIds: a.sharedIssueIds,
    history: a.changes.map((c) => ({
      state: c.state,
      action: c.action,
      at: c.at,
      recordedAt: c.recorded_at,
      actorOrganisationId: c.actor_organisation_id,
      note: c.note,
      documentRefs: c.document_refs.map((d) => ({ ref: d.ref, title: d.title ?? null })),
    })),
    waiting: { ...waiting, since: waiting.since.toISOString(), submittedAt: waiting.submittedAt?.toISOString() ?? null },
    createdAt: a.item.created_at,
  };
}
