/**
 * Framework of the convention: distinct from the credit-delegation convention, period, GOS.
 *
 * Cadre de la convention : distincte, période, GOS.
 */
import { text } from '../text.js';
import { CNSA, PROJET, conventionRule } from './convention-rule.js';

const distincte = conventionRule({
  id: 'CONV-CADRE-001',
  severity: 'error',
  family: 'cadre',
  title: text('Distincte de la convention de délégation des crédits', 'Distinct from the credit-delegation convention'),
  description: text(
    'La convention « réponse accompagnée pour tous » est distincte de la convention de délégation des crédits : `distincteConventionDelegationCredits` vaut `true`.',
    'The "réponse accompagnée pour tous" convention is distinct from the credit-delegation convention: `distincteConventionDelegationCredits` is `true`.',
  ),
  source: CNSA,
  reads: ['/distincteConventionDelegationCredits'],
  check: ({ document, emit }) => {
    if (!document.distincteConventionDelegationCredits) {
      emit('/distincteConventionDelegationCredits', text('La convention doit être distincte de la convention de délégation des crédits.', 'The convention must be distinct from the credit-delegation convention.'));
    }
  },
});

const periode = conventionRule({
  id: 'CONV-CADRE-002',
  severity: 'error',
  family: 'cadre',
  title: text('Période cohérente', 'Consistent period'),
  description: text('La période d’application commence avant de finir, et les signatures ne sont pas postérieures à la fin de la période.', 'The period of application starts before it ends, and the signatures are not after the end of the period.'),
  source: PROJET,
  reads: ['/periode', '/signataires/*/signature/date'],
  check: ({ document, emit }) => {
    const { dateDebut, dateFin } = document.periode;
    if (dateFin === undefined) return;
    if (dateFin < dateDebut) emit('/periode/dateFin', text(`Fin de période (${dateFin}) avant son début (${dateDebut}).`, `End of period (${dateFin}) before its start (${dateDebut}).`));
    document.signataires.forEach((s, i) => {
      if (s.signature !== undefined && s.signature.date > dateFin) {
        emit(`/signataires/${i}/signature/date`, text(`Signature du ${s.signature.date} après la fin de la période (${dateFin}).`, `Signature on ${s.signature.date} after the end of the period (${dateFin}).`));
      }
    });
  },
});

const gosAutorites = conventionRule({
  id: 'CONV-GOS-001',
  severity: 'warning',
  family: 'gos',
  title: text('Situations où les autorités siègent au GOS', 'Situations in which the authorities attend the GOS'),
  description: text(
    'La convention formalise « pour quelles situations sont prévues les autorités de contrôle et de tarification » au GOS : quand ces autorités sont prévues, au moins une situation est décrite.',
    'The convention states "for which situations the control and pricing authorities are expected" at the GOS: when such authorities are expected, at least one situation is described.',
  ),
  source: CNSA,
  reads: ['/gos/autoritesControleTarification', '/gos/situationsAutorites'],
  check: ({ document, emit }) => {
    if (document.gos.autoritesControleTarification.length > 0 && document.gos.situationsAutorites.length === 0) {
      emit('/gos/situationsAutorites', text('Autorités de contrôle et de tarification prévues au GOS sans les situations qui les y appellent.', 'Control and pricing authorities expected at the GOS without the situations that call for them.'));
    }
  },
});

/** The framework rules. */
export const cadreRules = [distincte, periode, gosAutorites];
