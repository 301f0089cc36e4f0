import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@yntymak/config';
import { APP_CONFIG, TenantDb } from '@yntymak/database';
import { NotFoundError } from '@yntymak/errors';
import { checkEscalationThreshold } from '@yntymak/issues-domain';
import { AdvocacyRepository } from '../advocacy/advocacy.repository';
import { Dossier } from '../domain/dossier';
import { renderDossierHtml } from '../domain/render-dossier-html';
import { renderDossierMarkdown } from '../domain/render-dossier-markdown';
import { thresholdOf } from '../escalation/threshold-of';
import { SharedIssueRepository } from '../shared-issue.repository';
import { tenantSql } from '../sql';
import { DossierFormat, SharedIssueDossierType } from '../types/shared-issue.type';
import { assembleDossier } from './assemble-dossier';

const CONTENT_TYPES: Record<DossierFormat, [string, string]> = {
  JSON: ['application/json', 'json'],
  MARKDOWN: ['text/markdown; charset=utf-8', 'md'],
  HTML: ['text/html; charset=utf-8', 'html'],
};

/**
 * The dossier of a shared issue as a document. Once sent it is the stored snapshot, rendered the same
 * way every time (the JSON export is the stored text itself); before that, a preview built now.
 */
@Injectable()
export class DossierQuery {
  constructor(
    private readonly db: TenantDb,
    private readonly sharedIssues: SharedIssueRepository,
    private readonly advocacy: AdvocacyRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(id: string, format: DossierFormat, now = new Date()): Promise<SharedIssueDossierType> {
    const { text, sent } = await this.db.run(async (tx) => {
      const sql = tenantSql(tx);
      // Row and members from one statement: the preview's threshold counts the villages it lists.
      const row = await this.sharedIssues.snapshot(sql, id);
      if (!row) throw new NotFoundError('shared issue');
      if (row.escalated_at) return { text: (await this.sharedIssues.sentDossierText(sql, id))!, sent: true };
      const threshold = checkEscalationThreshold({ villages: row.evidence.villages ?? 0, organisations: row.evidence.organisations ?? 0 }, thresholdOf(this.config));
      const preview = await assembleDossier(sql, { sharedIssues: this.sharedIssues, advocacy: this.advocacy }, row, row.members, { trigger: null, note: null, threshold, now });
      return { text: JSON.stringify(preview, null, 2), sent: false };
    });
    const dossier = JSON.parse(text) as Dossier;
    const [contentType, extension] = CONTENT_TYPES[format];
    const content = format === 'JSON' ? text : format === 'MARKDOWN' ? renderDossierMarkdown(dossier) : renderDossierHtml(dossier);
    return { format, contentType, fileName: `shared-issue-${id}-dossier${sent ? '' : '-preview'}.${extension}`, content, sent, preparedAt: dossier.preparedAt };
  }
}
