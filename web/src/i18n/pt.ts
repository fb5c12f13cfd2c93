// O catálogo português.
import { governanceMessages } from '../governance/messages';
import { notificationMessages } from '../notifications/messages';
import { footprintMessages } from '../monitoring/footprints/messages';
import { analysisMessages } from '../statistics/analysis/messages';
import { shipmentMessages } from '../monitoring/shipments/messages';
import { certificateMessages } from '../certificates/messages';
import { tradeMessages } from '../certificates/trade-messages';
import { stockMessages } from '../companies/stock-messages';
import { companyUserMessages } from '../companies/users-messages';
import { verifyChainMessages } from '../certificates/verify-chain-messages';
import { accountMessages } from '../auth/messages';
import { fieldMessages } from '../ui/field-messages';
import { emptyMessages } from '../ui/empty-messages';
import { issuanceMessages } from '../certificates/issuance-messages';
import { verificationMessages } from '../certificates/verification-messages';
import { registerMessages } from '../certificates/register-messages';
import { receiptMessages } from '../certificates/receipt-messages';
import { statisticsMessages } from '../statistics/messages';
import { statisticsReviewMessages } from '../statistics/review-messages';
import { findingMessages } from '../monitoring/findings-messages';
import type { Catalogue } from './en';

export const pt: Catalogue = {
  'app.title': 'Sistema de Certificação do Processo de Kimberley',
  'app.tagline': 'Certificados de diamantes em bruto, estatísticas e Participantes',
  'app.skip': 'Saltar para o conteúdo',
  'app.loading': 'A carregar…',
  'app.apiDocs': 'Documentação da API',
  'app.footer': 'O Processo de Kimberley mantém os diamantes de conflito fora do comércio legítimo de diamantes em bruto.',
  'app.notFound': 'Página não encontrada',
  'app.notFoundText': 'Não existe nenhuma página neste endereço.',
  'app.backHome': 'Voltar ao registo',
  'app.needSignIn': 'Inicie sessão para abrir esta página.',
  'app.forbidden': 'A sua conta não tem acesso a esta página.',

  'nav.label': 'Navegação principal',
  'nav.registry': 'Participantes',
  'nav.users': 'Utilizadores',
  'nav.audit': 'Registo de auditoria',
  'nav.signIn': 'Iniciar sessão',
  'nav.signOut': 'Terminar sessão',
  'lang.label': 'Idioma',
  'user.label': 'Utilizador com sessão iniciada',
  'user.actingFor': 'em nome de {who}',

  'role.officer': 'Funcionário da autoridade',
  'role.company': 'Exportador ou importador',
  'role.customs': 'Funcionário aduaneiro',
  'role.wg-member': 'Membro de grupo de trabalho',
  'role.observer': 'Observador',
  'role.un': 'Órgão das Nações Unidas',
  'role.chair': 'Presidência ou secretariado',
  'role.admin': 'Administrador',
  'role.national-system': 'Sistema nacional (máquina)',

  'status.participant': 'Participante',
  'status.applicant': 'Candidato',
  'status.trading_entity': 'Entidade comercial',
  'status.suspended': 'Suspenso',
  'status.removed': 'Excluído',
  'status.withdrawn': 'Retirado',
  'status.non_participant': 'Não participante',
  'status.none': 'Fora do registo',

  'kind.country': 'País',
  'kind.regional_organisation': 'Organização regional de integração económica',
  'kind.trading_entity': 'Território aduaneiro distinto',

  'measure.embargo': 'Embargo da ONU',
  'measure.sanctions': 'Sanções da ONU',

  'country.EU': 'Comunidade Europeia',
  'country.TW': 'Taipé Chinês',

  'registry.title': 'Participantes do Processo de Kimberley',
  'registry.intro': 'O registo tal como estava no dia escolhido: quem pode comerciar diamantes em bruto ao abrigo do Sistema, quem pediu para aderir e quem está sujeito a uma medida da ONU.',
  'registry.date': 'Registo em',
  'registry.today': 'Hoje',
  'registry.statParticipants': 'Participantes',
  'registry.statCountries': 'Países representados',
  'registry.statApplicants': 'Candidatos',
  'registry.statMeasures': 'Sujeitos a uma medida da ONU',
  'registry.countsNote': 'A Comunidade Europeia é um único Participante pelos seus Estados-Membros.',

  'map.title': 'Mapa do registo',
  'map.label': 'Mapa-múndi: estatuto de cada país do registo em {date}',
  'map.loading': 'A carregar o mapa…',
  'map.legend': 'Legenda',
  'map.measure': 'Sujeito a uma medida da ONU',
  'map.hint': 'Aponte para um país para ver o seu estatuto; selecione um Participante para abrir a sua ficha.',
  'map.memberOf': 'Estado-Membro da {participant}',

  'table.title': 'Entradas do registo',
  'table.caption': 'Entradas do registo em {date}',
  'table.code': 'Código',
  'table.name': 'Nome',
  'table.status': 'Estatuto',
  'table.since': 'Desde',
  'table.measures': 'Medidas da ONU',
  'table.filter': 'Pesquisar por nome ou código',
  'table.statusFilter': 'Estatuto',
  'table.allStatuses': 'Todos os estatutos',
  'table.shown': 'A mostrar {shown} de {total}',
  'table.empty': 'Nenhuma entrada corresponde à pesquisa.',
  'table.members': 'Estados-Membros: {count}',

  'detail.back': 'Voltar ao registo',
  'detail.statusOn': 'Estatuto em {date}',
  'detail.since': 'desde {date}',
  'detail.code': 'Código',
  'detail.kind': 'Natureza',
  'detail.language': 'Língua dos certificados, além do inglês',
  'detail.englishOnly': 'Apenas inglês',
  'detail.validity': 'Validade dos certificados (dias)',
  'detail.members': 'Estados-Membros em {date}',
  'detail.memberOf': 'Abrangido por',
  'detail.history': 'Histórico do estatuto',
  'detail.from': 'Início',
  'detail.to': 'Fim',
  'detail.basis': 'Fundamento',
  'detail.note': 'Observação',
  'detail.open': 'até hoje',
  'detail.yearOnly': 'só se conhece o ano',
  'detail.measures': 'Medidas da ONU',
  'detail.measure': 'Medida',
  'detail.noMeasures': 'Nenhuma medida da ONU se aplicou a esta entrada.',
  'detail.inForce': 'em vigor no dia escolhido',
  'detail.authority': 'Autoridade do Processo de Kimberley',
  'detail.authorityName': 'Nome',
  'detail.address': 'Endereço',
  'detail.email': 'Correio eletrónico',
  'detail.notRecorded': 'Não registado',

  'signIn.title': 'Iniciar sessão',
  'signIn.intro': 'Inicie sessão com a conta que o seu administrador criou para si.',
  'signIn.login': 'Nome de utilizador',
  'signIn.password': 'Palavra-passe',
  'signIn.submit': 'Entrar',
  'signIn.busy': 'A iniciar sessão…',
  'signIn.refused': 'Nome de utilizador ou palavra-passe incorretos.',
  'signIn.demoPassword': 'Esta conta ainda tem a palavra-passe pública da demonstração: só inicia sessão com ela na máquina onde o kpcs corre. Inicie sessão aí e altere a palavra-passe, ou peça a um administrador que a reponha.',
  'signIn.already': 'Tem sessão iniciada como {name}.',

  'users.title': 'Utilizadores',
  'users.intro': 'Contas das pessoas e máquinas que atuam em nome de um Participante ou de uma organização.',
  'users.list': 'Todos os utilizadores',
  'users.name': 'Nome',
  'users.login': 'Nome de utilizador',
  'users.actingFor': 'Atua em nome de',
  'users.roles': 'Funções',
  'users.groups': 'Grupos de trabalho',
  'users.tokens': 'Tokens de API',
  'users.state': 'Estado',
  'users.active': 'Ativo',
  'users.disabled': 'Desativado',
  'users.actions': 'Ações',
  'users.issueToken': 'Emitir um token',
  'users.disable': 'Desativar',
  'users.enable': 'Reativar',
  'users.tokenTitle': 'Novo token de API para {name}',
  'users.tokenOnce': 'Copie-o agora: só é mostrado esta vez e não pode ser recuperado.',
  'users.copy': 'Copiar',
  'users.copied': 'Copiado',
  'users.close': 'Fechar',
  'users.create': 'Criar um utilizador',
  'users.loginHint': 'Opcional: gerado a partir do nome se ficar vazio.',
  'users.nobody': 'Ninguém (toda a instalação)',
  'users.participants': 'Participantes',
  'users.organisations': 'Organizações',
  'users.password': 'Palavra-passe',
  'users.passwordHint': 'Opcional: sem palavra-passe, o utilizador trabalha apenas com tokens de API.',
  'users.submit': 'Criar o utilizador',
  'users.busy': 'A guardar…',
  'users.created': 'Utilizador {name} criado com o nome de utilizador {login}.',
  'users.needRole': 'Escolha pelo menos uma função.',

  'audit.title': 'Registo de auditoria',
  'audit.intro': 'Cada alteração fica registada numa cadeia de hashes: a verificação da cadeia deteta qualquer entrada alterada, inserida ou removida.',
  'audit.verify': 'Verificar a cadeia',
  'audit.verifying': 'A verificar…',
  'audit.intact': 'A cadeia está intacta. Entradas verificadas: {count}.',
  'audit.broken': 'A cadeia está quebrada. Problemas encontrados: {count}.',
  'audit.head': 'Hash da última entrada',
  'audit.problem': 'Entrada {seq}: {problem}',
  'audit.seq': 'N.º',
  'audit.at': 'Data e hora',
  'audit.actor': 'Autor',
  'audit.actingFor': 'Em nome de',
  'audit.action': 'Operação',
  'audit.subject': 'Objeto',
  'audit.details': 'Pormenores',
  'audit.more': 'Carregar entradas mais antigas',
  'audit.end': 'Esta é a primeira entrada do registo.',








  // ---- navigation of certificates, statistics, monitoring (their pages' messages are beside them) ----
  "nav.statistics": "Estatísticas",
  "nav.submit": "Enviar estatísticas",
  "nav.review": "Análise das estatísticas",
  "nav.certificates": "Certificados",
  "nav.verify": "Verificar um certificado",
  "nav.findings": "Constatações de monitorização",
  "nav.awaiting": "A confirmar",
  "nav.applications": "Pedidos",

  'error.title': 'Ocorreu um erro',
  'error.network': 'Não foi possível contactar o servidor. Verifique a ligação e tente novamente.',
  'error.retry': 'Tentar novamente',
  ...governanceMessages.pt,
  ...notificationMessages.pt,
  ...footprintMessages.pt,
  ...analysisMessages.pt,
  ...shipmentMessages.pt,
  ...certificateMessages.pt,
  ...tradeMessages.pt,
  ...stockMessages.pt,
  ...companyUserMessages.pt,
  ...verifyChainMessages.pt,
  ...accountMessages.pt,
  ...fieldMessages.pt,
  ...emptyMessages.pt,
  ...issuanceMessages.pt,
  ...verificationMessages.pt,
  ...registerMessages.pt,
  ...receiptMessages.pt,
  ...statisticsMessages.pt,
  ...statisticsReviewMessages.pt,
  ...findingMessages.pt,
};
