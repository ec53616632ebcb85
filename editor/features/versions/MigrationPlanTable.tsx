import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import { versionsTexts } from './text';
import type { MigrationPlan } from './versionsApi';

/** The dry run: the summary sentence, then each family and where it would go, or why it cannot. */
export function MigrationPlanTable({ plan }: { plan: MigrationPlan }) {
  const text = useFeatureText(versionsTexts);
  const { language } = useLanguage();
  return (
    <section aria-labelledby="dry-run-heading">
      <h3 id="dry-run-heading">{text.dryRunHeading}</h3>
      <p role="status" data-testid="dry-run-summary">
        {plan.text[language]}
      </p>
      {plan.moves.length + plan.unmapped.length > 0 ? (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{text.columnFamily}</th>
                <th scope="col">{text.columnFrom}</th>
                <th scope="col">{text.columnTo}</th>
              </tr>
            </thead>
            <tbody>
              {plan.moves.map((move) => (
                <tr key={move.pathwayId}>
                  <th scope="row">{move.familyName}</th>
                  <td>{move.fromTitle[language]}</td>
                  <td>{move.toTitle[language]}</td>
                </tr>
              ))}
              {plan.unmapped.map((item) => (
                <tr key={item.pathwayId}>
                  <th scope="row">{item.familyName}</th>
                  <td>{item.statesTitle[language]}</td>
                  <td>
                    <strong>{text.cannotMove}:</strong> {item.reason[language]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
