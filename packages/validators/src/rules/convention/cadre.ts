/**
 * Framework of the convention: distinct from the credit-delegation convention,
 * period, Comex deliberation, GOS.
 *
 * Cadre de la convention : distincte, période, délibération, GOS.
 */
import { text } from '../../messages.js';
import { nth } from '../../positions.js';
import { conventionRule } from './convention-rule.js';

const distincte = conventionRule({
  id: 'CONV-CADRE-001',
  severity: 'warning',
  family: 'cadre',
  reads: ['/distincteConventionDelegationCredits', '/conventionDelegationCredits', '/identifiant'],
  check: ({ document, emit }) => {
    if (document.distincteConventionDelegationCredits === false) {
      emit(
        '/distincteConventionDelegationCredits',
        text(
          'La convention se déclare confondue avec la convention de délégation des crédits, que la CNSA recommande de garder distincte. Si elle est bien distincte, désignez la convention de délégation des crédits dans « conventionDelegationCredits » et retirez « distincteConventionDelegationCredits » (obsolète).',
          "The convention declares itself merged with the credit-delegation convention, which the CNSA recommends keeping distinct. If it is distinct, name the credit-delegation convention in 'conventionDelegationCredits' and remove 'distincteConventionDelegationCredits' (deprecated).",
        ),
      );
    }
    const ref = document.conventionDelegationCredits;
    if (ref?.identifiant !== undefined && ref.identifiant === document.identifiant) {
      emit(
        '/conventionDelegationCredits/identifiant',
        text(
          'La convention de délégation des crédits porte l’identifiant de la convention territoriale elle-même : indiquez l’identifiant de la convention de délégation des crédits (MDPH – ARS), document distinct.',
          'The credit-delegation convention bears the identifier of the territorial convention itself: give the identifier of the credit-delegation convention (MDPH – ARS), a distinct document.',
        ),
      );
    }
  },
});

const periode = conventionRule({
  id: 'CONV-CADRE-002',
  severity: 'error',
  family: 'cadre',
  reads: ['/periode', '/signataires/*/signature/date'],
  check: ({ document, emit }) => {
    const { dateDebut, dateFin } = document.periode;
    if (dateFin === undefined) return;
    if (dateFin < dateDebut)
      emit(
        '/periode/dateFin',
        text(
          `Fin de période (${dateFin}) avant son début (${dateDebut}) : corrigez l’une des deux dates.`,
          `End of period (${dateFin}) before its start (${dateDebut}): correct one of the two dates.`,
        ),
      );
    document.signataires.forEach((s, i) => {
      if (s.signature !== undefined && s.signature.date > dateFin) {
        emit(
          `/signataires/${i}/signature/date`,
          text(
            `Signature du ${s.signature.date} après la fin de la période (${dateFin}) : corrigez la date de signature ou la fin de période.`,
            `Signature on ${s.signature.date} after the end of the period (${dateFin}): correct the signature date or the end of the period.`,
          ),
        );
      }
    });
  },
});

const deliberation = conventionRule({
  id: 'CONV-CADRE-003',
  severity: 'warning',
  family: 'cadre',
  reads: ['/deliberationComex/date', '/signataires/*/role', '/signataires/*/signature/date', '/periode'],
  check: ({ document, emit }) => {
    const date = document.deliberationComex?.date;
    if (date === undefined) return;
    document.signataires.forEach((s, i) => {
      if (s.role !== 'mdph' || s.signature === undefined || s.signature.date >= date) return;
      emit(
        `/signataires/${i}/signature/date`,
        text(
          `La MDPH a signé le ${s.signature.date}, avant la délibération de la Comex du ${date} qui approuve la convention : vérifiez l’une des deux dates.`,
          `The MDPH signed on ${s.signature.date}, before the Comex deliberation of ${date} approving the convention: check one of the two dates.`,
        ),
      );
    });
    const fin = document.periode.dateFin;
    if (fin !== undefined && date > fin) {
      emit(
        '/deliberationComex/date',
        text(
          `Délibération de la Comex du ${date}, après la fin de la convention (${fin}) : vérifiez la date.`,
          `Comex deliberation on ${date}, after the end of the convention (${fin}): check the date.`,
        ),
      );
    }
  },
});

const gosAutorites = conventionRule({
  id: 'CONV-GOS-001',
  severity: 'warning',
  family: 'gos',
  reads: ['/gos/autoritesControleTarification', '/gos/situationsAutorites'],
  check: ({ document, emit }) => {
    if (document.gos.autoritesControleTarification.length > 0 && document.gos.situationsAutorites.length === 0) {
      emit(
        '/gos/situationsAutorites',
        text(
          'Autorités de contrôle et de tarification prévues au GOS sans les situations qui les y appellent : décrivez-les dans « situationsAutorites ».',
          "Control and pricing authorities expected at the GOS without the situations that call for them: describe them in 'situationsAutorites'.",
        ),
      );
    }
  },
});

const gosNiveaux = conventionRule({
  id: 'CONV-GOS-002',
  severity: 'warning',
  family: 'gos',
  reads: ['/gos/niveaux', '/gos/participants/*/niveaux'],
  check: ({ document, emit }) => {
    const niveaux = document.gos.niveaux;
    if (niveaux === undefined) return;
    const decrits = new Set<string>();
    niveaux.forEach((n, i) => {
      if (decrits.has(n.niveau))
        emit(
          `/gos/niveaux/${i}/niveau`,
          text(`Le niveau « ${n.niveau} » est décrit deux fois : fusionnez les deux descriptions.`, `Level '${n.niveau}' is described twice: merge the two descriptions.`),
          { niveau: n.niveau },
        );
      decrits.add(n.niveau);
    });
    document.gos.participants.forEach((p, i) => {
      p.niveaux?.forEach((n, j) => {
        if (decrits.has(n)) return;
        emit(
          `/gos/participants/${i}/niveaux/${j}`,
          text(
            `Le ${nth(i).fr} participant siège au niveau « ${n} », que « gos.niveaux » ne décrit pas : décrivez ce niveau ou retirez-le du participant.`,
            `The ${nth(i).en} participant sits at level '${n}', which 'gos.niveaux' does not describe: describe that level or remove it from the participant.`,
          ),
          { niveau: n },
        );
      });
    });
  },
});

/** The framework rules. */
export const cadreRules = [distincte, periode, deliberation, gosAutorites, gosNiveaux];
