import { useId } from 'react';
import type { ScenarioMember, ScenarioMemberRole } from '../../../../runtime/simulation/types';
import type { WorkflowsText } from '../text';
import type { SimulationSetup } from './useSimulation';

const ROLES: ScenarioMemberRole[] = ['pregnant', 'mother', 'father', 'parent', 'child'];

interface Props {
  setup: SimulationSetup;
  onChange: (setup: SimulationSetup) => void;
  text: WorkflowsText['simulation'];
}

/** The test family of a simulation: members with their dates, who the pathway is about, the start date. */
export function FamilyEditor({ setup, onChange, text }: Props) {
  const id = useId();
  const members = setup.family.members;
  const setMember = (index: number, patch: Partial<ScenarioMember>) => {
    const next = members.map((m, i) => {
      if (i !== index) return m;
      const merged = { ...m, ...patch };
      if (!merged.birthDate) delete merged.birthDate;
      if (!merged.dueDate) delete merged.dueDate;
      return merged;
    });
    onChange({ ...setup, family: { members: next } });
  };
  return (
    <fieldset className="wf-fieldset">
      <legend>{text.family}</legend>
      {members.map((member, index) => (
        <fieldset key={index} className="wf-fieldset wf-member">
          <legend>
            {text.member} {index + 1}
          </legend>
          <label className="form-label" htmlFor={`${id}-${index}-role`}>
            {text.role}
          </label>
          <select
            id={`${id}-${index}-role`}
            className="form-select"
            value={member.role}
            onChange={(e) => setMember(index, { role: e.target.value as ScenarioMemberRole })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {text.roles[r]}
              </option>
            ))}
          </select>
          <label className="form-label" htmlFor={`${id}-${index}-name`}>
            {text.memberName}
          </label>
          <input
            id={`${id}-${index}-name`}
            className="form-input"
            value={member.name}
            onChange={(e) => setMember(index, { name: e.target.value })}
          />
          <label className="form-label" htmlFor={`${id}-${index}-birth`}>
            {text.birthDate}
          </label>
          <input
            id={`${id}-${index}-birth`}
            className="form-input"
            type="date"
            value={member.birthDate ?? ''}
            onChange={(e) => setMember(index, { birthDate: e.target.value })}
          />
          <label className="form-label" htmlFor={`${id}-${index}-due`}>
            {text.dueDate}
          </label>
          <input
            id={`${id}-${index}-due`}
            className="form-input"
            type="date"
            value={member.dueDate ?? ''}
            onChange={(e) => setMember(index, { dueDate: e.target.value })}
          />
        </fieldset>
      ))}
      <label className="form-label" htmlFor={`${id}-subject`}>
        {text.subject}
      </label>
      <select
        id={`${id}-subject`}
        className="form-select"
        value={setup.subjectIndex}
        onChange={(e) => onChange({ ...setup, subjectIndex: Number(e.target.value) })}
      >
        {members.map((m, i) => (
          <option key={i} value={i}>
            {m.name} ({text.roles[m.role]})
          </option>
        ))}
      </select>
      <label className="form-label" htmlFor={`${id}-start`}>
        {text.startDate}
      </label>
      <input
        id={`${id}-start`}
        className="form-input"
        type="date"
        value={setup.startDate}
        onChange={(e) => e.target.value && onChange({ ...setup, startDate: e.target.value })}
      />
    </fieldset>
  );
}
