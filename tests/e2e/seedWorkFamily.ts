import { readFile } from 'node:fs/promises';
import { addOffset, toIsoDate } from '../../runtime';
import { createClient } from '../api/startTestServer';

export interface SeededFamily {
  familyId: string;
  pathwayId: string;
  childId: string;
  birthDate: string;
}

const fixture = async (formId: string): Promise<Record<string, unknown>> => {
  const text = await readFile(new URL(`../fixtures/submissions/${formId}.json`, import.meta.url), 'utf8');
  const valid = (JSON.parse(text) as { valid: Record<string, unknown>[] }).valid[0];
  if (!valid) throw new Error(`tests/fixtures/submissions/${formId}.json has no valid example`);
  return valid;
};

/**
 * What the health visitor did on earlier days, through the real API as her: a family with a child born
 * `monthsOld` months before the server's today, in Ishøj Delindsats 1 with registration, offer and consent
 * recorded (the fixtures' answers). The ADBB at 2 months is then due on the server's today.
 */
export async function seedWorkFamily(
  baseUrl: string,
  input: { familyName: string; childName: string; today: Date; monthsOld: number },
): Promise<SeededFamily> {
  const client = createClient(baseUrl);
  await client.login();
  const birthDate = addOffset(toIsoDate(input.today), { months: -input.monthsOld });
  const family = await client.post('/api/families', {
    name: input.familyName,
    members: [{ role: 'child', name: input.childName, birthDate }],
  });
  if (family.status !== 201)
    throw new Error(`creating the family: ${family.status} ${JSON.stringify(family.body)}`);
  const familyId = String(family.body.id);
  const childId = String(family.body.members[0].id);
  const started = await client.post(`/api/families/${familyId}/pathways`, {
    workflowId: 'ishoej.d1',
    childId,
  });
  if (started.status !== 201)
    throw new Error(`starting D1: ${started.status} ${JSON.stringify(started.body)}`);
  const pathwayId = String(started.body.id);
  for (const formId of ['F01-family-registration', 'F03-offer-response', 'F02-consent']) {
    const reply = await client.post(`/api/pathways/${pathwayId}/submissions`, {
      formId,
      data: await fixture(formId),
    });
    if (reply.status !== 201)
      throw new Error(`submitting ${formId}: ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  return { familyId, pathwayId, childId, birthDate };
}
