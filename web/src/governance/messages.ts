// Governance's messages: the hub's own, and every workflow's, joined for the catalogues.
import { defineMessages } from '../i18n/define';
import { participationMessages } from './participation/messages';
import { groupMessages } from './groups/messages';
import { annualReportMessages } from './annual-reports/messages';
import { reviewMessages } from './reviews/messages';
import { reviewPlanMessages } from './reviews/plan-messages';
import { assistanceMessages } from './assistance/messages';
import { decisionMessages } from './decisions/messages';
import { recommendationMessages } from './decisions/recommendation-messages';
import { documentMessages } from './documents/messages';
import { reportMessages } from './reports/messages';

const hubMessages = defineMessages({
  en: { 'nav.governance': 'Governance', 'governance.intro': 'Participation, peer review, plenary decisions, technical assistance, working groups, documents and reports.', 'governance.none': 'No governance page is open to your account.' },
  fr: { 'nav.governance': 'Gouvernance', 'governance.intro': 'Participation, examen par les pairs, décisions plénières, assistance technique, groupes de travail, documents et rapports.', 'governance.none': "Aucune page de gouvernance n'est ouverte à votre compte." },
  pt: { 'nav.governance': 'Governação', 'governance.intro': 'Participação, revisão pelos pares, decisões plenárias, assistência técnica, grupos de trabalho, documentos e relatórios.', 'governance.none': 'Nenhuma página de governação está aberta à sua conta.' },
  es: { 'nav.governance': 'Gobernanza', 'governance.intro': 'Participación, examen entre pares, decisiones plenarias, asistencia técnica, grupos de trabajo, documentos e informes.', 'governance.none': 'Ninguna página de gobernanza está abierta para su cuenta.' },
  ru: { 'nav.governance': 'Управление', 'governance.intro': 'Участие, взаимные обзоры, решения пленарного заседания, техническая помощь, рабочие группы, документы и доклады.', 'governance.none': 'Для вашей учётной записи нет доступных страниц управления.' },
});

const all = [hubMessages, participationMessages, groupMessages, annualReportMessages, reviewMessages, reviewPlanMessages, assistanceMessages, decisionMessages, recommendationMessages, documentMessages, reportMessages] as const;
type Lang = 'en' | 'fr' | 'pt' | 'es' | 'ru';
const join = (lang: Lang) => Object.assign({}, ...all.map((m) => m[lang])) as UnionToIntersection<(typeof all)[number]['en']>;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export const governanceMessages = { en: join('en'), fr: join('fr'), pt: join('pt'), es: join('es'), ru: join('ru') };
