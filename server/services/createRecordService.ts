import { randomUUID } from 'node:crypto';
import { checkSubmission, type Language } from '../../runtime';
import type { AccessLog } from '../audit/createAccessLog';
import type { PublicUser } from '../auth/sessions';
import type { DefinitionCatalog } from '../definitions/createDefinitionCatalog';
import { problems } from '../http/ProblemError';
import type { OrganisationRecord, StorageAdapter } from '../storage/types';

/** Who sees the team's records; everyone else sees only their own. */
const TEAM_READERS = ['ledende_sundhedsplejerske', 'administrator'];

export interface RecordView extends Omit<OrganisationRecord, 'submittedBy'> {
  /** Staff surveys are answered by colleagues: a list says whether a record is mine, never whose it is. */
  mine: boolean;
}

export interface RecordService {
  submit(user: PublicUser, input: { formId: string; data: unknown }, language: Language): Promise<RecordView>;
  list(user: PublicUser, formId?: string): Promise<RecordView[]>;
}

/**
 * Forms filled outside any family — the staff survey (S1–S6), the parent panel's feedback, the evaluation
 * kit's activity registration: checked like any submission against the latest published version, stored
 * once and never changed, kept per team.
 */
export function createRecordService(
  storage: StorageAdapter,
  catalog: DefinitionCatalog,
  accessLog: AccessLog,
  now: () => Date,
): RecordService {
  const toView = (record: OrganisationRecord, user: PublicUser): RecordView => {
    const { submittedBy, ...rest } = record;
    return { ...rest, mine: submittedBy === user.id };
  };
  return {
    async submit(user, input, language) {
      const form = catalog.library.listForms().find((f) => f.definition.id === input.formId);
      if (!form) throw problems.notFound(`Skemaet ${input.formId}`);
      if (form.definition.subject !== 'organisation') {
        throw problems.conflict(
          `Skemaet ${input.formId} hører til en families forløb og udfyldes fra forløbet, ikke her.`,
        );
      }
      const check = checkSubmission(form, input.data, {
        language,
        params: catalog.profile.forms[input.formId] ?? {},
      });
      if (!check.ok) {
        throw problems.invalidData(
          language === 'da' ? 'Skemaet er ikke udfyldt korrekt.' : 'The form is not filled in correctly.',
          check.errors,
        );
      }
      const record: OrganisationRecord = {
        id: randomUUID(),
        formId: form.definition.id,
        formVersion: form.definition.version,
        data: check.data,
        computed: check.computed,
        submittedAt: now().toISOString(),
        submittedBy: user.id,
        team: user.team,
      };
      await storage.putOrganisationRecord(record);
      await accessLog.record({
        at: record.submittedAt,
        userId: user.id,
        action: 'write',
        resource: `record:${record.id}`,
      });
      return toView(record, user);
    },
    async list(user, formId) {
      const teamWide = user.roles.some((role) => TEAM_READERS.includes(role));
      const records = await storage.listOrganisationRecords({
        team: user.team,
        ...(formId ? { formId } : {}),
      });
      return records.filter((r) => teamWide || r.submittedBy === user.id).map((r) => toView(r, user));
    },
  };
}
