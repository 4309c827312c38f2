/**
 * The document types the package exports are the declarations generated FROM
 * the published JSON Schemas (json-schema-to-typescript); each is mutually
 * assignable with the `z.infer` type of its zod schema: the JSON Schema says
 * exactly what zod accepts, and the readable interfaces are exact.
 */
import type * as z from 'zod';
import { describe, expectTypeOf, it } from 'vitest';
import type * as Convention from './generated/json-schema-types/convention-territoriale.js';
import type * as PagJson from './generated/json-schema-types/pag.js';
import type * as Tableau from './generated/json-schema-types/tableau-derogations.js';
import type * as S from './index.js';
import type { ConventionTerritorialeSchema, DocumentSchema, PagSchema, TableauDerogationsSchema } from './index.js';
import type * as Types from './types.js';

type Pag = z.infer<typeof PagSchema>;
type ConventionTerritoriale = z.infer<typeof ConventionTerritorialeSchema>;
type TableauDerogations = z.infer<typeof TableauDerogationsSchema>;

describe('generated declarations ⇄ z.infer', () => {
  it('the main entry and /types export the generated declarations', () => {
    expectTypeOf<S.Pag>().toEqualTypeOf<PagJson.Pag>();
    expectTypeOf<S.ConventionTerritoriale>().toEqualTypeOf<Convention.ConventionTerritoriale>();
    expectTypeOf<S.TableauDerogations>().toEqualTypeOf<Tableau.TableauDerogations>();
    expectTypeOf<Types.Pag>().toEqualTypeOf<S.Pag>();
    expectTypeOf<Types.PagTypes.Engagement>().toEqualTypeOf<S.Engagement>();
    expectTypeOf<S.DocumentOfType<'pag'>>().toEqualTypeOf<S.Pag>();
    expectTypeOf<S.DocumentOfType<'tableau-derogations'>>().toEqualTypeOf<S.TableauDerogations>();
  });

  it('PAG', () => {
    expectTypeOf<Pag>().toExtend<PagJson.Pag>();
    expectTypeOf<PagJson.Pag>().toExtend<Pag>();
    expectTypeOf<z.infer<typeof S.CodeBesoinSchema>>().toEqualTypeOf<PagJson.CodeBesoin>();
    expectTypeOf<z.infer<typeof S.OperateurSchema>>().toEqualTypeOf<PagJson.Operateur>();
    expectTypeOf<z.infer<typeof S.ParticipantSchema>>().toEqualTypeOf<PagJson.Participant>();
  });

  it('convention territoriale', () => {
    expectTypeOf<ConventionTerritoriale>().toExtend<Convention.ConventionTerritoriale>();
    expectTypeOf<Convention.ConventionTerritoriale>().toExtend<ConventionTerritoriale>();
  });

  it('tableau des dérogations', () => {
    expectTypeOf<TableauDerogations>().toExtend<Tableau.TableauDerogations>();
    expectTypeOf<Tableau.TableauDerogations>().toExtend<TableauDerogations>();
    expectTypeOf<z.infer<typeof S.LigneDerogationSchema>>().toEqualTypeOf<Tableau.LigneDerogation>();
  });

  it('any document', () => {
    expectTypeOf<z.infer<typeof DocumentSchema>>().toExtend<S.Document>();
    expectTypeOf<S.Document>().toExtend<z.infer<typeof DocumentSchema>>();
  });

  it('every named part, both ways', () => {
    expectTypeOf<z.infer<typeof S.ParticipantSchema>>().toExtend<S.Participant>();
    expectTypeOf<S.Participant>().toExtend<z.infer<typeof S.ParticipantSchema>>();
    expectTypeOf<z.infer<typeof S.CodeBesoinSchema>>().toExtend<S.CodeBesoin>();
    expectTypeOf<S.CodeBesoin>().toExtend<z.infer<typeof S.CodeBesoinSchema>>();
    expectTypeOf<z.infer<typeof S.OperateurSchema>>().toExtend<S.Operateur>();
    expectTypeOf<S.Operateur>().toExtend<z.infer<typeof S.OperateurSchema>>();
    expectTypeOf<z.infer<typeof S.CodePrestationEngageeSchema>>().toExtend<S.CodePrestationEngagee>();
    expectTypeOf<S.CodePrestationEngagee>().toExtend<z.infer<typeof S.CodePrestationEngageeSchema>>();
    expectTypeOf<z.infer<typeof S.PagSchema>>().toExtend<S.Pag>();
    expectTypeOf<S.Pag>().toExtend<z.infer<typeof S.PagSchema>>();
    expectTypeOf<z.infer<typeof S.MdphSchema>>().toExtend<S.Mdph>();
    expectTypeOf<S.Mdph>().toExtend<z.infer<typeof S.MdphSchema>>();
    expectTypeOf<z.infer<typeof S.ValidationPlanSchema>>().toExtend<S.ValidationPlan>();
    expectTypeOf<S.ValidationPlan>().toExtend<z.infer<typeof S.ValidationPlanSchema>>();
    expectTypeOf<z.infer<typeof S.PagPrecedentSchema>>().toExtend<S.PagPrecedent>();
    expectTypeOf<S.PagPrecedent>().toExtend<z.infer<typeof S.PagPrecedentSchema>>();
    expectTypeOf<z.infer<typeof S.DemandeSchema>>().toExtend<S.Demande>();
    expectTypeOf<S.Demande>().toExtend<z.infer<typeof S.DemandeSchema>>();
    expectTypeOf<z.infer<typeof S.PrioriteComexSchema>>().toExtend<S.PrioriteComex>();
    expectTypeOf<S.PrioriteComex>().toExtend<z.infer<typeof S.PrioriteComexSchema>>();
    expectTypeOf<z.infer<typeof S.AlerteSchema>>().toExtend<S.Alerte>();
    expectTypeOf<S.Alerte>().toExtend<z.infer<typeof S.AlerteSchema>>();
    expectTypeOf<z.infer<typeof S.ProfessionnelSchema>>().toExtend<S.Professionnel>();
    expectTypeOf<S.Professionnel>().toExtend<z.infer<typeof S.ProfessionnelSchema>>();
    expectTypeOf<z.infer<typeof S.ConcertationSchema>>().toExtend<S.Concertation>();
    expectTypeOf<S.Concertation>().toExtend<z.infer<typeof S.ConcertationSchema>>();
    expectTypeOf<z.infer<typeof S.SituationSchema>>().toExtend<S.Situation>();
    expectTypeOf<S.Situation>().toExtend<z.infer<typeof S.SituationSchema>>();
    expectTypeOf<z.infer<typeof S.PersonneConcerneeSchema>>().toExtend<S.PersonneConcernee>();
    expectTypeOf<S.PersonneConcernee>().toExtend<z.infer<typeof S.PersonneConcerneeSchema>>();
    expectTypeOf<z.infer<typeof S.MesureProtectionSchema>>().toExtend<S.MesureProtection>();
    expectTypeOf<S.MesureProtection>().toExtend<z.infer<typeof S.MesureProtectionSchema>>();
    expectTypeOf<z.infer<typeof S.EmancipationSchema>>().toExtend<S.Emancipation>();
    expectTypeOf<S.Emancipation>().toExtend<z.infer<typeof S.EmancipationSchema>>();
    expectTypeOf<z.infer<typeof S.TitulaireAutoriteParentaleSchema>>().toExtend<S.TitulaireAutoriteParentale>();
    expectTypeOf<S.TitulaireAutoriteParentale>().toExtend<z.infer<typeof S.TitulaireAutoriteParentaleSchema>>();
    expectTypeOf<z.infer<typeof S.SuiviAseSchema>>().toExtend<S.SuiviAse>();
    expectTypeOf<S.SuiviAse>().toExtend<z.infer<typeof S.SuiviAseSchema>>();
    expectTypeOf<z.infer<typeof S.LieuDeVieSchema>>().toExtend<S.LieuDeVie>();
    expectTypeOf<S.LieuDeVie>().toExtend<z.infer<typeof S.LieuDeVieSchema>>();
    expectTypeOf<z.infer<typeof S.ProcheAidantSchema>>().toExtend<S.ProcheAidant>();
    expectTypeOf<S.ProcheAidant>().toExtend<z.infer<typeof S.ProcheAidantSchema>>();
    expectTypeOf<z.infer<typeof S.BesoinAidantSchema>>().toExtend<S.BesoinAidant>();
    expectTypeOf<S.BesoinAidant>().toExtend<z.infer<typeof S.BesoinAidantSchema>>();
    expectTypeOf<z.infer<typeof S.SoutienAidantSchema>>().toExtend<S.SoutienAidant>();
    expectTypeOf<S.SoutienAidant>().toExtend<z.infer<typeof S.SoutienAidantSchema>>();
    expectTypeOf<z.infer<typeof S.DroitPrestationSchema>>().toExtend<S.DroitPrestation>();
    expectTypeOf<S.DroitPrestation>().toExtend<z.infer<typeof S.DroitPrestationSchema>>();
    expectTypeOf<z.infer<typeof S.ContexteSchema>>().toExtend<S.Contexte>();
    expectTypeOf<S.Contexte>().toExtend<z.infer<typeof S.ContexteSchema>>();
    expectTypeOf<z.infer<typeof S.DemarcheSchema>>().toExtend<S.Demarche>();
    expectTypeOf<S.Demarche>().toExtend<z.infer<typeof S.DemarcheSchema>>();
    expectTypeOf<z.infer<typeof S.BesoinIdentifieSchema>>().toExtend<S.BesoinIdentifie>();
    expectTypeOf<S.BesoinIdentifie>().toExtend<z.infer<typeof S.BesoinIdentifieSchema>>();
    expectTypeOf<z.infer<typeof S.ProjetVieSchema>>().toExtend<S.ProjetVie>();
    expectTypeOf<S.ProjetVie>().toExtend<z.infer<typeof S.ProjetVieSchema>>();
    expectTypeOf<z.infer<typeof S.AttenteSchema>>().toExtend<S.Attente>();
    expectTypeOf<S.Attente>().toExtend<z.infer<typeof S.AttenteSchema>>();
    expectTypeOf<z.infer<typeof S.ObjectifSchema>>().toExtend<S.Objectif>();
    expectTypeOf<S.Objectif>().toExtend<z.infer<typeof S.ObjectifSchema>>();
    expectTypeOf<z.infer<typeof S.AvisSolutionsSchema>>().toExtend<S.AvisSolutions>();
    expectTypeOf<S.AvisSolutions>().toExtend<z.infer<typeof S.AvisSolutionsSchema>>();
    expectTypeOf<z.infer<typeof S.EngagementSchema>>().toExtend<S.Engagement>();
    expectTypeOf<S.Engagement>().toExtend<z.infer<typeof S.EngagementSchema>>();
    expectTypeOf<z.infer<typeof S.PrestationEngageeSchema>>().toExtend<S.PrestationEngagee>();
    expectTypeOf<S.PrestationEngagee>().toExtend<z.infer<typeof S.PrestationEngageeSchema>>();
    expectTypeOf<z.infer<typeof S.PrerequisSchema>>().toExtend<S.Prerequis>();
    expectTypeOf<S.Prerequis>().toExtend<z.infer<typeof S.PrerequisSchema>>();
    expectTypeOf<z.infer<typeof S.DerogationMobiliseeSchema>>().toExtend<S.DerogationMobilisee>();
    expectTypeOf<S.DerogationMobilisee>().toExtend<z.infer<typeof S.DerogationMobiliseeSchema>>();
    expectTypeOf<z.infer<typeof S.ReferenceLigneDerogationSchema>>().toExtend<S.ReferenceLigneDerogation>();
    expectTypeOf<S.ReferenceLigneDerogation>().toExtend<z.infer<typeof S.ReferenceLigneDerogationSchema>>();
    expectTypeOf<z.infer<typeof S.FinancementComplementaireSchema>>().toExtend<S.FinancementComplementaire>();
    expectTypeOf<S.FinancementComplementaire>().toExtend<z.infer<typeof S.FinancementComplementaireSchema>>();
    expectTypeOf<z.infer<typeof S.SuiviSchema>>().toExtend<S.Suivi>();
    expectTypeOf<S.Suivi>().toExtend<z.infer<typeof S.SuiviSchema>>();
    expectTypeOf<z.infer<typeof S.CoordonnateurParcoursSchema>>().toExtend<S.CoordonnateurParcours>();
    expectTypeOf<S.CoordonnateurParcours>().toExtend<z.infer<typeof S.CoordonnateurParcoursSchema>>();
    expectTypeOf<z.infer<typeof S.ConsentementSchema>>().toExtend<S.Consentement>();
    expectTypeOf<S.Consentement>().toExtend<z.infer<typeof S.ConsentementSchema>>();
    expectTypeOf<z.infer<typeof S.AccordPrealableSchema>>().toExtend<S.AccordPrealable>();
    expectTypeOf<S.AccordPrealable>().toExtend<z.infer<typeof S.AccordPrealableSchema>>();
    expectTypeOf<z.infer<typeof S.AccordTitulaireSchema>>().toExtend<S.AccordTitulaire>();
    expectTypeOf<S.AccordTitulaire>().toExtend<z.infer<typeof S.AccordTitulaireSchema>>();
    expectTypeOf<z.infer<typeof S.AvisMineurSchema>>().toExtend<S.AvisMineur>();
    expectTypeOf<S.AvisMineur>().toExtend<z.infer<typeof S.AvisMineurSchema>>();
    expectTypeOf<z.infer<typeof S.AccordExpresSchema>>().toExtend<S.AccordExpres>();
    expectTypeOf<S.AccordExpres>().toExtend<z.infer<typeof S.AccordExpresSchema>>();
    expectTypeOf<z.infer<typeof S.AnnexesSchema>>().toExtend<S.Annexes>();
    expectTypeOf<S.Annexes>().toExtend<z.infer<typeof S.AnnexesSchema>>();
    expectTypeOf<z.infer<typeof S.CreneauSchema>>().toExtend<S.Creneau>();
    expectTypeOf<S.Creneau>().toExtend<z.infer<typeof S.CreneauSchema>>();
    expectTypeOf<z.infer<typeof S.PeriodeCreneauSchema>>().toExtend<S.PeriodeCreneau>();
    expectTypeOf<S.PeriodeCreneau>().toExtend<z.infer<typeof S.PeriodeCreneauSchema>>();
    expectTypeOf<z.infer<typeof S.VersionNomenclatureSchema>>().toExtend<S.VersionNomenclature>();
    expectTypeOf<S.VersionNomenclature>().toExtend<z.infer<typeof S.VersionNomenclatureSchema>>();
    expectTypeOf<z.infer<typeof S.ReferenceTexteSchema>>().toExtend<S.ReferenceTexte>();
    expectTypeOf<S.ReferenceTexte>().toExtend<z.infer<typeof S.ReferenceTexteSchema>>();
    expectTypeOf<z.infer<typeof S.FrequenceSchema>>().toExtend<S.Frequence>();
    expectTypeOf<S.Frequence>().toExtend<z.infer<typeof S.FrequenceSchema>>();
    expectTypeOf<z.infer<typeof S.SignatureSchema>>().toExtend<S.Signature>();
    expectTypeOf<S.Signature>().toExtend<z.infer<typeof S.SignatureSchema>>();
    expectTypeOf<z.infer<typeof S.TableauDerogationsSchema>>().toExtend<S.TableauDerogations>();
    expectTypeOf<S.TableauDerogations>().toExtend<z.infer<typeof S.TableauDerogationsSchema>>();
    expectTypeOf<z.infer<typeof S.DelegationSchema>>().toExtend<S.Delegation>();
    expectTypeOf<S.Delegation>().toExtend<z.infer<typeof S.DelegationSchema>>();
    expectTypeOf<z.infer<typeof S.PeriodeValiditeSchema>>().toExtend<S.PeriodeValidite>();
    expectTypeOf<S.PeriodeValidite>().toExtend<z.infer<typeof S.PeriodeValiditeSchema>>();
    expectTypeOf<z.infer<typeof S.LigneDerogationSchema>>().toExtend<S.LigneDerogation>();
    expectTypeOf<S.LigneDerogation>().toExtend<z.infer<typeof S.LigneDerogationSchema>>();
    expectTypeOf<z.infer<typeof S.AvisCoordinationRegionaleSchema>>().toExtend<S.AvisCoordinationRegionale>();
    expectTypeOf<S.AvisCoordinationRegionale>().toExtend<z.infer<typeof S.AvisCoordinationRegionaleSchema>>();
    expectTypeOf<z.infer<typeof S.ParametresDerogationSchema>>().toExtend<S.ParametresDerogation>();
    expectTypeOf<S.ParametresDerogation>().toExtend<z.infer<typeof S.ParametresDerogationSchema>>();
    expectTypeOf<z.infer<typeof S.AnnexeTableauDerogationsSchema>>().toExtend<S.AnnexeTableauDerogations>();
    expectTypeOf<S.AnnexeTableauDerogations>().toExtend<z.infer<typeof S.AnnexeTableauDerogationsSchema>>();
    expectTypeOf<z.infer<typeof S.ConventionTerritorialeSchema>>().toExtend<S.ConventionTerritoriale>();
    expectTypeOf<S.ConventionTerritoriale>().toExtend<z.infer<typeof S.ConventionTerritorialeSchema>>();
    expectTypeOf<z.infer<typeof S.SignataireSchema>>().toExtend<S.Signataire>();
    expectTypeOf<S.Signataire>().toExtend<z.infer<typeof S.SignataireSchema>>();
    expectTypeOf<z.infer<typeof S.PeriodeSchema>>().toExtend<S.Periode>();
    expectTypeOf<S.Periode>().toExtend<z.infer<typeof S.PeriodeSchema>>();
    expectTypeOf<z.infer<typeof S.DeliberationComexSchema>>().toExtend<S.DeliberationComex>();
    expectTypeOf<S.DeliberationComex>().toExtend<z.infer<typeof S.DeliberationComexSchema>>();
    expectTypeOf<z.infer<typeof S.ConventionDelegationCreditsSchema>>().toExtend<S.ConventionDelegationCredits>();
    expectTypeOf<S.ConventionDelegationCredits>().toExtend<z.infer<typeof S.ConventionDelegationCreditsSchema>>();
    expectTypeOf<z.infer<typeof S.DispositifOrientationPermanentSchema>>().toExtend<S.DispositifOrientationPermanent>();
    expectTypeOf<S.DispositifOrientationPermanent>().toExtend<z.infer<typeof S.DispositifOrientationPermanentSchema>>();
    expectTypeOf<z.infer<typeof S.EtapeProcessusSchema>>().toExtend<S.EtapeProcessus>();
    expectTypeOf<S.EtapeProcessus>().toExtend<z.infer<typeof S.EtapeProcessusSchema>>();
    expectTypeOf<z.infer<typeof S.OrganisationGosSchema>>().toExtend<S.OrganisationGos>();
    expectTypeOf<S.OrganisationGos>().toExtend<z.infer<typeof S.OrganisationGosSchema>>();
    expectTypeOf<z.infer<typeof S.ParticipationGosSchema>>().toExtend<S.ParticipationGos>();
    expectTypeOf<S.ParticipationGos>().toExtend<z.infer<typeof S.ParticipationGosSchema>>();
    expectTypeOf<z.infer<typeof S.NiveauGosSchema>>().toExtend<S.NiveauGos>();
    expectTypeOf<S.NiveauGos>().toExtend<z.infer<typeof S.NiveauGosSchema>>();
    expectTypeOf<z.infer<typeof S.InstructionFinancementsSchema>>().toExtend<S.InstructionFinancements>();
    expectTypeOf<S.InstructionFinancements>().toExtend<z.infer<typeof S.InstructionFinancementsSchema>>();
    expectTypeOf<z.infer<typeof S.InstructionDerogationsSchema>>().toExtend<S.InstructionDerogations>();
    expectTypeOf<S.InstructionDerogations>().toExtend<z.infer<typeof S.InstructionDerogationsSchema>>();
    expectTypeOf<z.infer<typeof S.ProcedureAccelereeSchema>>().toExtend<S.ProcedureAcceleree>();
    expectTypeOf<S.ProcedureAcceleree>().toExtend<z.infer<typeof S.ProcedureAccelereeSchema>>();
    expectTypeOf<z.infer<typeof S.EngagementSignataireSchema>>().toExtend<S.EngagementSignataire>();
    expectTypeOf<S.EngagementSignataire>().toExtend<z.infer<typeof S.EngagementSignataireSchema>>();
    expectTypeOf<z.infer<typeof S.InstanceGouvernanceSchema>>().toExtend<S.InstanceGouvernance>();
    expectTypeOf<S.InstanceGouvernance>().toExtend<z.infer<typeof S.InstanceGouvernanceSchema>>();
  });

  it('a wrong shape is not assignable (the test can fail)', () => {
    expectTypeOf<Omit<Pag, 'statut'> & { statut: 'inconnu' }>().not.toExtend<PagJson.Pag>();
    expectTypeOf<Pag & { inconnu: true }>().toExtend<PagJson.Pag>(); // excess properties are structural: covered by strict schemas at runtime
    expectTypeOf<Omit<PagJson.Pag, 'engagements'>>().not.toExtend<Pag>();
    expectTypeOf<z.infer<typeof S.MdphSchema>>().not.toExtend<S.PagPrecedent>();
  });
});
