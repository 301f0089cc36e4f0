import { Injectable } from '@nestjs/common';
import { peekScope } from '@yntymak/context';
import { PG_UNIQUE_VIOLATION, TenantDb, TenantTx, pgConstraint, pgErrorCode, timeOrderedId } from '@yntymak/database';
import { BadInputError, ConflictError, NotFoundError } from '@yntymak/errors';
import { EventType, appendEvent } from '@yntymak/outbox';
import { RuleProblem, checkProjectRules } from './domain/check-project-rules';
import { diffProject } from './domain/diff-project';
import { ProjectFields } from './domain/project';
import { buildSearchText } from './domain/search-text';
import { ArchiveProjectInput, CreateProjectInput, UpdateProjectInput } from './dto/project.input';
import { mergeProjectInput } from './merge-project-input';
import { KnownReferences, References, ResolvedReferences, resolveReferences } from './domain/resolve-references';
import { ReferenceChecker } from './reference-checker';
import { ProjectRecord, ProjectRepository } from './project.repository';

function reject(problems: RuleProblem[]): never {
  throw new BadInputError(problems[0].field, problems[0].message, 'INVALID_VALUE', problems);
}

type ListInput = { coverage?: string[]; themes?: string[]; interventions?: string[]; parties?: unknown[] };

/** The references to check: those of the lists the input sets (an update leaves the others as they were). */
function referencesOf(fields: ProjectFields, input: ListInput): References {
  return {
    coverage: input.coverage ? fields.coverage : undefined,
    themes: input.themes ? fields.themes : undefined,
    interventions: input.interventions ? fields.interventions : undefined,
    organisations: input.parties ? fields.parties.flatMap((p) => [p.organisationId, ...(p.receivesFromOrganisationId ? [p.receivesFromOrganisationId] : [])]) : undefined,
  };
}

function checkRules(fields: ProjectFields): void {
  const problems = checkProjectRules(fields);
  if (problems.length) reject(problems);
}

/** The project with coverage as unit ids, once its references resolved; else the first problem. */
function withReferences(resolved: ResolvedReferences, fields: ProjectFields, input: ListInput): ProjectFields {
  if (resolved.problems.length) reject(resolved.problems);
  return input.coverage ? { ...fields, coverage: resolved.coverage } : fields;
}

/** Validates the merged project against the rules and the database; returns it with coverage as unit ids. */
async function validated(tx: TenantTx, references: ReferenceChecker, fields: ProjectFields, input: ListInput): Promise<ProjectFields> {
  checkRules(fields);
  return withReferences(await references.check(tx, referencesOf(fields, input)), fields, input);
}

export function mapUniqueViolation(error: unknown): unknown {
  if (pgErrorCode(error) === PG_UNIQUE_VIOLATION && pgConstraint(error) === 'projects_iati_per_owner') {
    return new ConflictError('IATI_IDENTIFIER_TAKEN', 'Another of your projects already has this IATI identifier.', 'iatiIdentifier');
  }
  return error;
}

/**
 * Validates and inserts one project with its audit entry and its ProjectCreated event, inside the
 * caller's transaction: createProject uses it for one project, an import for many.
 */
@Injectable()
export class ProjectCreator {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly references: ReferenceChecker,
  ) {}

  async validate(tx: TenantTx, input: CreateProjectInput): Promise<ProjectFields> {
    return validated(tx, this.references, mergeProjectInput(null, input), listsOf(input));
  }

  /** What many create inputs point to, loaded at once (an import's chunk of rows), for validateKnown. */
  loadReferences(tx: TenantTx, inputs: readonly CreateProjectInput[]): Promise<KnownReferences> {
    return this.references.load(
      tx,
      inputs.map((input) => referencesOf(mergeProjectInput(null, input), listsOf(input))),
    );
  }

  /** validate() with the references already loaded by loadReferences: the same rules and errors, no statement. */
  validateKnown(known: KnownReferences, input: CreateProjectInput): ProjectFields {
    const fields = mergeProjectInput(null, input);
    const lists = listsOf(input);
    checkRules(fields);
    return withReferences(resolveReferences(referencesOf(fields, lists), known), fields, lists);
  }

  async insert(tx: TenantTx, fields: ProjectFields, action: 'CREATED' | 'IMPORTED'): Promise<ProjectRecord> {
    const organisationId = tx.principal.organisationId;
    const id = timeOrderedId();
    const record = await this.projects.insert(tx, id, organisationId, fields, buildSearchText(fields.title, fields.description), {
      action,
      changes: diffProject(null, fields),
      requestId: peekScope()?.id ?? null,
    });
    await appendEvent(tx, { type: EventType.ProjectCreated, aggregateType: 'project', aggregateId: id, payload: { version: 1 } });
    return record;
  }
}

/** A donor registers a project; the audit entry and the ProjectCreated event commit with it. */
@Injectable()
export class CreateProjectUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly creator: ProjectCreator,
  ) {}

  async execute(input: CreateProjectInput): Promise<ProjectRecord> {
    try {
      return await this.db.run(async (tx) => this.creator.insert(tx, await this.creator.validate(tx, input), 'CREATED'));
    } catch (error) {
      throw mapUniqueViolation(error);
    }
  }
}

/** The owner changes a project at the version it read; a stale version is a CONFLICT that names the current one. */
@Injectable()
export class UpdateProjectUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly projects: ProjectRepository,
    private readonly references: ReferenceChecker,
  ) {}

  async execute(input: UpdateProjectInput): Promise<ProjectRecord> {
    try {
      return await this.db.run(async (tx) => {
        const organisationId = tx.principal.organisationId;
        const current = await this.projects.findOwned(tx, organisationId, input.id, true);
        if (!current) throw new NotFoundError('project');
        if (current.version !== input.expectedVersion) throw staleVersion(current.version);
        if (current.archivedAt) throw new ConflictError('PROJECT_ARCHIVED', 'This project is archived and can no longer be changed.', 'id');
        const fields = await validated(tx, this.references, mergeProjectInput(current, input.changes), input.changes);
        const changes = diffProject(current, fields);
        if (changes.length === 0) return current;
        const lists = changes.map((c) => c.field).filter((f): f is 'coverage' | 'themes' | 'interventions' | 'targetGroups' | 'parties' =>
          ['coverage', 'themes', 'interventions', 'targetGroups', 'parties'].includes(f),
        );
        const touched = await this.projects.update(tx, organisationId, input.id, input.expectedVersion, fields, buildSearchText(fields.title, fields.description), lists);
        if (touched !== 1) throw staleVersion((await this.projects.currentVersion(tx, organisationId, input.id)) ?? current.version);
        const version = current.version + 1;
        await this.projects.recordHistory(tx, { projectId: input.id, organisationId, version, action: 'UPDATED', changes, requestId: peekScope()?.id ?? null });
        await appendEvent(tx, { type: EventType.ProjectUpdated, aggregateType: 'project', aggregateId: input.id, payload: { version, fields: changes.map((c) => c.field) } });
        return (await this.projects.findOwned(tx, organisationId, input.id, false))!;
      });
    } catch (error) {
      throw mapUniqueViolation(error);
    }
  }
}

/** The owner archives a project: it stays readable, leaves active lists, and its open overlaps close. */
@Injectable()
export class ArchiveProjectUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly projects: ProjectRepository,
  ) {}

  execute(input: ArchiveProjectInput): Promise<ProjectRecord> {
    return this.db.run(async (tx) => {
      const organisationId = tx.principal.organisationId;
      const current = await this.projects.findOwned(tx, organisationId, input.id, true);
      if (!current) throw new NotFoundError('project');
      if (current.archivedAt) return current;
      if (current.version !== input.expectedVersion) throw staleVersion(current.version);
      await this.projects.archive(tx, organisationId, input.id, input.expectedVersion);
      const version = current.version + 1;
      await this.projects.recordHistory(tx, {
        projectId: input.id,
        organisationId,
        version,
        action: 'ARCHIVED',
        changes: [{ field: 'status', from: current.status, to: 'ARCHIVED' }],
        requestId: peekScope()?.id ?? null,
      });
      await appendEvent(tx, { type: EventType.ProjectArchived, aggregateType: 'project', aggregateId: input.id, payload: { version } });
      return (await this.projects.findOwned(tx, organisationId, input.id, false))!;
    });
  }
}

/** A create sets every list: coverage and themes are checked even when absent (empty). */
function listsOf(input: CreateProjectInput): ListInput {
  return { ...input, coverage: input.coverage ?? [], themes: input.themes ?? [] };
}

function staleVersion(currentVersion: number): ConflictError {
  return new ConflictError(
    'STALE_VERSION',
    `This project has changed since you read it: it is now at version ${currentVersion}. Read it again, re-apply your change, and send expectedVersion ${currentVersion}.`,
    'expectedVersion',
    { currentVersion },
  );
}
