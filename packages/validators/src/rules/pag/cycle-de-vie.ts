/**
 * Lifecycle rules of the PAG: statuses and their dates, revisions pointing to
 * the previous PAG, end of the PAG with a TRE_R421 reason.
 *
 * Règles du cycle de vie : statut, révision, fin.
 */
import { endedWithoutValidation, pagRule, text } from './support/pag-rule.js';

const validationDatee = pagRule({
  id: 'PAG-CYCLE-001',
  severity: 'error',
  family: 'cycle-de-vie',
  reads: ['/statut', '/dateValidation', '/finSansValidation'],
  check: ({ document, emit }) => {
    if (endedWithoutValidation(document)) return;
    if ((document.statut === 'valide' || document.statut === 'termine') && document.dateValidation === undefined) {
      emit(
        '/dateValidation',
        text(
          `Date de validation absente pour un PAG au statut « ${document.statut} » : renseignez « dateValidation » ; pour un PAG terminé sans avoir été validé (refus, demande sans suite ou retirée), renseignez plutôt « finSansValidation ».`,
          `Validation date missing for a PAG with status '${document.statut}': fill in \`dateValidation\`; for a PAG that ended without being validated (refusal, no follow-up, withdrawal), fill in \`finSansValidation\` instead.`,
        ),
      );
    }
  },
});

const revisionChainee = pagRule({
  id: 'PAG-CYCLE-002',
  severity: 'error',
  family: 'cycle-de-vie',
  reads: ['/demande/natureDemande', '/pagPrecedent'],
  check: ({ document, emit }) => {
    const nature = document.demande.natureDemande;
    if (nature === 'premiere-demande' || document.pagPrecedent !== undefined) return;
    emit(
      '/pagPrecedent',
      text(
        `Demande de nature « ${nature} » sans référence au PAG précédent : ajoutez « pagPrecedent » (identifiant du PAG révisé), ou mettez « natureDemande » à premiere-demande.`,
        `Request of kind '${nature}' without a reference to the previous PAG: add \`pagPrecedent\` (identifier of the revised PAG), or set \`natureDemande\` to premiere-demande.`,
      ),
      { natureDemande: nature },
    );
  },
});

const precedentCoherent = pagRule({
  id: 'PAG-CYCLE-003',
  severity: 'error',
  family: 'cycle-de-vie',
  reads: ['/identifiant', '/pagPrecedent', '/dateValidation', '/demande/natureDemande'],
  check: ({ document, emit }) => {
    const p = document.pagPrecedent;
    if (p === undefined) return;
    if (document.demande.natureDemande === 'premiere-demande') {
      emit(
        '/pagPrecedent',
        text(
          'Une première demande ne devrait pas désigner de PAG précédent : retirez « pagPrecedent », ou mettez « natureDemande » à demande-revision ou revision-prevue.',
          'A first request should not point to a previous PAG: remove `pagPrecedent`, or set `natureDemande` to demande-revision or revision-prevue.',
        ),
        undefined,
        'warning',
      );
    }
    if (p.identifiant === document.identifiant) {
      emit(
        '/pagPrecedent/identifiant',
        text(
          'Le PAG précédent porte l’identifiant du PAG lui-même : donnez dans « pagPrecedent.identifiant » celui du PAG révisé, ou un nouvel identifiant à ce PAG.',
          'The previous PAG has the identifier of this PAG: give in `pagPrecedent.identifiant` that of the revised PAG, or a new identifier to this PAG.',
        ),
      );
    }
    if (p.dateValidation !== undefined && document.dateValidation !== undefined && p.dateValidation >= document.dateValidation) {
      emit(
        '/pagPrecedent/dateValidation',
        text(
          `Le PAG précédent est validé le ${p.dateValidation}, pas avant ce PAG (${document.dateValidation}) : corrigez « pagPrecedent.dateValidation » ou « dateValidation », le PAG révisé est validé avant sa révision.`,
          `The previous PAG was validated on ${p.dateValidation}, not before this PAG (${document.dateValidation}): correct \`pagPrecedent.dateValidation\` or \`dateValidation\`; the revised PAG is validated before its revision.`,
        ),
      );
    }
  },
});

const finMotivee = pagRule({
  id: 'PAG-FIN-001',
  severity: 'error',
  family: 'cycle-de-vie',
  reads: ['/statut', '/dateFin', '/motifFin'],
  check: ({ document, emit }) => {
    if (document.statut !== 'termine') return;
    if (document.motifFin === undefined)
      emit(
        '/motifFin',
        text(
          'PAG terminé sans motif de fin : ajoutez « motifFin », code TRE_R421 (1 réponse cible atteinte… 5 demande de l’usager… 9 décès), y compris pour un PAG terminé sans validation.',
          'Ended PAG without an end reason: add `motifFin`, a TRE_R421 code (1 target answer reached… 5 request of the person… 9 death), also for a PAG ended without validation.',
        ),
      );
    if (document.dateFin === undefined)
      emit('/dateFin', text('PAG terminé sans date de fin : ajoutez « dateFin » (AAAA-MM-JJ).', 'Ended PAG without an end date: add `dateFin` (YYYY-MM-DD).'));
  },
});

const finSeulementSiTermine = pagRule({
  id: 'PAG-FIN-002',
  severity: 'warning',
  family: 'cycle-de-vie',
  reads: ['/statut', '/motifFin'],
  check: ({ document, emit }) => {
    if (document.statut === 'termine' || document.motifFin === undefined) return;
    emit(
      '/motifFin',
      text(
        `Motif de fin renseigné pour un PAG au statut « ${document.statut} » : retirez « motifFin », ou passez le statut à « termine » avec « dateFin ».`,
        `End reason given for a PAG with status '${document.statut}': remove \`motifFin\`, or set the status to 'termine' with \`dateFin\`.`,
      ),
    );
  },
});

const finDesDerogations = pagRule({
  id: 'PAG-FIN-003',
  severity: 'error',
  family: 'cycle-de-vie',
  reads: ['/motifFin', '/engagements/*/derogations'],
  check: ({ document, emit }) => {
    if (document.motifFin !== '6') return;
    if (document.engagements.some((e) => e.derogations.length > 0)) return;
    emit(
      '/motifFin',
      text(
        'Motif de fin « Fin des dérogations » alors qu’aucun engagement ne mobilise de dérogation : ajoutez à l’engagement concerné la dérogation qui a pris fin (« derogations »), ou choisissez un autre motif TRE_R421.',
        'End reason "End of derogations" although no engagement uses a derogation: add the derogation that ended to the engagement concerned (`derogations`), or choose another TRE_R421 reason.',
      ),
    );
  },
});

const finSansValidationCoherente = pagRule({
  id: 'PAG-FIN-004',
  severity: 'error',
  family: 'cycle-de-vie',
  reads: ['/statut', '/finSansValidation', '/dateValidation', '/consentement/accordExpres'],
  check: ({ document, emit }) => {
    const fin = document.finSansValidation;
    if (fin === undefined) return;
    if (document.statut !== 'termine') {
      emit(
        '/finSansValidation',
        text(
          `« finSansValidation » (${fin}) sur un PAG au statut « ${document.statut} » : passez le statut à « termine » avec « dateFin » et « motifFin », ou retirez « finSansValidation ».`,
          `\`finSansValidation\` (${fin}) on a PAG with status '${document.statut}': set the status to \`termine\` with \`dateFin\` and \`motifFin\`, or remove \`finSansValidation\`.`,
        ),
      );
      return;
    }
    if (document.dateValidation !== undefined) {
      emit(
        '/dateValidation',
        text(
          `Le PAG est terminé sans validation (${fin}) mais porte une date de validation : s’il a été validé, retirez « finSansValidation » ; sinon retirez « dateValidation ».`,
          `The PAG ended without validation (${fin}) but has a validation date: if it was validated, remove \`finSansValidation\`; otherwise remove \`dateValidation\`.`,
        ),
      );
    }
    if (document.consentement.accordExpres !== undefined) {
      emit(
        '/consentement/accordExpres',
        text(
          `Le PAG est terminé sans validation (${fin}) mais porte un accord exprès : avec l’accord exprès les décisions sont valables ; retirez « finSansValidation » si le PAG a été validé.`,
          `The PAG ended without validation (${fin}) but has an express agreement: with it the decisions are valid; remove \`finSansValidation\` if the PAG was validated.`,
        ),
      );
    }
  },
});

/** The lifecycle rules. */
export const cycleDeVieRules = [validationDatee, revisionChainee, precedentCoherent, finMotivee, finSeulementSiTermine, finDesDerogations, finSansValidationCoherente];
