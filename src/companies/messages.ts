// What the register of companies tells a person in the five languages: the withholding of issuance while
// a company's stock report is overdue. Participants are named and days written in the reader's language
// (src/core/i18n.ts).
import { defineMessages } from '../core/i18n.js';

export const m = defineMessages({
  'stock.withheld': {
    en: "No certificate may be issued for {company} (licence {licence}): {participant} withholds issuance while the company's stock report for {from} to {to} is overdue (it was due on {due}).",
    fr: "Aucun certificat ne peut être délivré pour {company} (licence {licence}) : {participant} suspend la délivrance tant que le rapport de stock de l'entreprise pour la période du {from} au {to} est en retard (il était dû le {due}).",
    pt: 'Nenhum certificado pode ser emitido para {company} (licença {licence}): {participant} retém a emissão enquanto o relatório de existências da empresa de {from} a {to} estiver em atraso (era devido em {due}).',
    es: 'No puede expedirse ningún certificado para {company} (licencia {licence}): {participant} retiene la expedición mientras el informe de existencias de la empresa del {from} al {to} esté atrasado (debía presentarse el {due}).',
    ru: 'Сертификаты для {company} (лицензия {licence}) не выдаются: {participant} приостанавливает выдачу, пока отчёт компании о запасах за период с {from} по {to} просрочен (срок сдачи — {due}).',
  },
  'stock.withheld.detail': {
    en: 'the stock report of {company} for {from} to {to} was due on {due} and has not been filed',
    fr: "le rapport de stock de {company} pour la période du {from} au {to} était dû le {due} et n'a pas été déposé",
    pt: 'o relatório de existências de {company} de {from} a {to} era devido em {due} e não foi apresentado',
    es: 'el informe de existencias de {company} del {from} al {to} debía presentarse el {due} y no se ha presentado',
    ru: 'отчёт {company} о запасах за период с {from} по {to} нужно было сдать до {due}, он не сдан',
  },
});
