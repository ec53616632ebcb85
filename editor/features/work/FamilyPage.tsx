import type { ReactNode } from 'react';
import { api } from '../../api/api';
import type { Family } from '../../api/types';
import { LoadFailure, Loading } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import { toHref } from '../../app/routes';
import { useStatus } from '../../app/StatusContext';
import { useResource } from '../../app/useResource';
import { useLanguage } from '../../i18n/LanguageContext';
import { toText } from '../../../runtime/i18n/text';
import { MemberList } from './MemberList';
import { PathwayCard } from './PathwayCard';
import { StartPathwayForm } from './StartPathwayForm';
import { TimelineList } from './TimelineList';

/** A family: its members, its pathways with what is due, starting a pathway, and its timeline. */
export function FamilyPage({ familyId }: { familyId: string }) {
  const { t } = useLanguage();
  const family = useResource(`family/${familyId}`, () => api.getFamily(familyId));
  const back = <a href={toHref({ name: 'families', q: '' })}>{t.app.backToFamilies}</a>;
  if (family.status === 'loading') return <Loading />;
  if (family.status === 'error') {
    return (
      <Page title={t.families.title} before={back}>
        <LoadFailure error={family.error} onRetry={family.reload} />
      </Page>
    );
  }
  const set = family.set;
  const refresh = () => api.getFamily(familyId).then(set, () => family.reload());
  return <FamilyView family={family.data} onChange={set} onRefresh={refresh} back={back} />;
}

function FamilyView({
  family,
  onChange,
  onRefresh,
  back,
}: {
  family: Family;
  onChange: (family: Family) => void;
  /** Reads the family again without leaving the page (after an event on one of its pathways). */
  onRefresh: () => Promise<void>;
  back: ReactNode;
}) {
  const { t, language } = useLanguage();
  const { announce } = useStatus();
  // The timeline reloads whenever the family or one of its pathways changed.
  const version = [
    family.members.length,
    ...family.members.map((m) => m.birthDate ?? ''),
    ...family.pathways.map((p) => p.version),
  ].join('.');
  return (
    <Page title={family.name} before={back}>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t.family.members}</h2>
        <MemberList family={family} onChange={onChange} />
      </section>
      <section aria-labelledby="pathways-heading">
        <h2 id="pathways-heading">{t.family.pathways}</h2>
        {family.pathways.length === 0 ? <p>{t.family.noPathways}</p> : null}
        {family.pathways.map((pathway) => (
          <PathwayCard
            key={pathway.id}
            pathway={pathway}
            child={family.members.find((m) => m.id === pathway.childId)}
            onChanged={onRefresh}
          />
        ))}
      </section>
      <section aria-labelledby="start-heading">
        <h2 id="start-heading">{t.family.startPathway}</h2>
        <StartPathwayForm
          family={family}
          onStarted={(pathway) => {
            announce({ kind: 'success', text: t.family.started(toText(pathway.workflow.title, language)) });
            // Show it at once, then read the family again: starting may have started sub-pathways too.
            onChange({ ...family, pathways: [...family.pathways, pathway] });
            void onRefresh();
          }}
        />
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t.family.timeline}</h2>
        <TimelineList familyId={family.id} version={version} />
      </section>
    </Page>
  );
}
