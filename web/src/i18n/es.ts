// El catálogo español.
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

export const es: Catalogue = {
  'app.title': 'Sistema de Certificación del Proceso de Kimberley',
  'app.tagline': 'Certificados de diamantes en bruto, estadísticas y Participantes',
  'app.skip': 'Saltar al contenido',
  'app.loading': 'Cargando…',
  'app.apiDocs': 'Documentación de la API',
  'app.footer': 'El Proceso de Kimberley mantiene los diamantes de zonas en conflicto fuera del comercio legítimo de diamantes en bruto.',
  'app.notFound': 'Página no encontrada',
  'app.notFoundText': 'No hay ninguna página en esta dirección.',
  'app.backHome': 'Volver al registro',
  'app.needSignIn': 'Inicie sesión para abrir esta página.',
  'app.forbidden': 'Su cuenta no tiene acceso a esta página.',

  'nav.label': 'Navegación principal',
  'nav.registry': 'Participantes',
  'nav.users': 'Usuarios',
  'nav.audit': 'Registro de auditoría',
  'nav.signIn': 'Iniciar sesión',
  'nav.signOut': 'Cerrar sesión',
  'lang.label': 'Idioma',
  'user.label': 'Usuario conectado',
  'user.actingFor': 'en nombre de {who}',

  'role.officer': 'Funcionario de la autoridad',
  'role.company': 'Exportador o importador',
  'role.customs': 'Funcionario de aduanas',
  'role.wg-member': 'Miembro de grupo de trabajo',
  'role.observer': 'Observador',
  'role.un': 'Órgano de las Naciones Unidas',
  'role.chair': 'Presidencia o secretaría',
  'role.admin': 'Administrador',
  'role.national-system': 'Sistema nacional (máquina)',

  'status.participant': 'Participante',
  'status.applicant': 'Candidato',
  'status.trading_entity': 'Entidad comercial',
  'status.suspended': 'Suspendido',
  'status.removed': 'Excluido',
  'status.withdrawn': 'Retirado',
  'status.non_participant': 'No participante',
  'status.none': 'Fuera del registro',

  'kind.country': 'País',
  'kind.regional_organisation': 'Organización regional de integración económica',
  'kind.trading_entity': 'Territorio aduanero distinto',

  'measure.embargo': 'Embargo de la ONU',
  'measure.sanctions': 'Sanciones de la ONU',

  'country.EU': 'Comunidad Europea',
  'country.TW': 'Taipéi Chino',

  'registry.title': 'Participantes del Proceso de Kimberley',
  'registry.intro': 'El registro tal como estaba el día elegido: quién puede comerciar con diamantes en bruto en el marco del Sistema, quién ha solicitado participar y quién está sujeto a una medida de la ONU.',
  'registry.date': 'Registro al',
  'registry.today': 'Hoy',
  'registry.statParticipants': 'Participantes',
  'registry.statCountries': 'Países representados',
  'registry.statApplicants': 'Candidatos',
  'registry.statMeasures': 'Sujetos a una medida de la ONU',
  'registry.countsNote': 'La Comunidad Europea es un solo Participante por sus Estados miembros.',

  'map.title': 'Mapa del registro',
  'map.label': 'Mapamundi: situación de cada país del registro al {date}',
  'map.loading': 'Cargando el mapa…',
  'map.legend': 'Leyenda',
  'map.measure': 'Sujeto a una medida de la ONU',
  'map.hint': 'Señale un país para ver su situación; seleccione un Participante para abrir su ficha.',
  'map.memberOf': 'Estado miembro de la {participant}',

  'table.title': 'Entradas del registro',
  'table.caption': 'Entradas del registro al {date}',
  'table.code': 'Código',
  'table.name': 'Nombre',
  'table.status': 'Situación',
  'table.since': 'Desde',
  'table.measures': 'Medidas de la ONU',
  'table.filter': 'Buscar por nombre o código',
  'table.statusFilter': 'Situación',
  'table.allStatuses': 'Todas las situaciones',
  'table.shown': 'Se muestran {shown} de {total}',
  'table.empty': 'Ninguna entrada coincide con la búsqueda.',
  'table.members': 'Estados miembros: {count}',

  'detail.back': 'Volver al registro',
  'detail.statusOn': 'Situación al {date}',
  'detail.since': 'desde el {date}',
  'detail.code': 'Código',
  'detail.kind': 'Naturaleza',
  'detail.language': 'Idioma de los certificados, además del inglés',
  'detail.englishOnly': 'Solo inglés',
  'detail.validity': 'Validez de los certificados (días)',
  'detail.members': 'Estados miembros al {date}',
  'detail.memberOf': 'Cubierto por',
  'detail.history': 'Historial de la situación',
  'detail.from': 'Desde',
  'detail.to': 'Hasta',
  'detail.basis': 'Fundamento',
  'detail.note': 'Observación',
  'detail.open': 'hasta hoy',
  'detail.yearOnly': 'solo se conoce el año',
  'detail.measures': 'Medidas de la ONU',
  'detail.measure': 'Medida',
  'detail.noMeasures': 'Ninguna medida de la ONU se ha aplicado a esta entrada.',
  'detail.inForce': 'en vigor el día elegido',
  'detail.authority': 'Autoridad del Proceso de Kimberley',
  'detail.authorityName': 'Nombre',
  'detail.address': 'Dirección',
  'detail.email': 'Correo electrónico',
  'detail.notRecorded': 'Sin datos',

  'signIn.title': 'Iniciar sesión',
  'signIn.intro': 'Inicie sesión con la cuenta que su administrador creó para usted.',
  'signIn.login': 'Usuario',
  'signIn.password': 'Contraseña',
  'signIn.submit': 'Entrar',
  'signIn.busy': 'Iniciando sesión…',
  'signIn.refused': 'Usuario o contraseña incorrectos.',
  'signIn.demoPassword': 'Esta cuenta aún tiene la contraseña pública de la demostración: solo inicia sesión con ella en la máquina donde se ejecuta kpcs. Inicie sesión allí y cambie la contraseña, o pida a un administrador que la restablezca.',
  'signIn.already': 'Ha iniciado sesión como {name}.',

  'users.title': 'Usuarios',
  'users.intro': 'Cuentas de las personas y máquinas que actúan en nombre de un Participante o de una organización.',
  'users.list': 'Todos los usuarios',
  'users.name': 'Nombre',
  'users.login': 'Usuario',
  'users.actingFor': 'Actúa en nombre de',
  'users.roles': 'Funciones',
  'users.groups': 'Grupos de trabajo',
  'users.tokens': 'Tokens de API',
  'users.state': 'Estado',
  'users.active': 'Activo',
  'users.disabled': 'Desactivado',
  'users.actions': 'Acciones',
  'users.issueToken': 'Emitir un token',
  'users.disable': 'Desactivar',
  'users.enable': 'Reactivar',
  'users.tokenTitle': 'Nuevo token de API para {name}',
  'users.tokenOnce': 'Cópielo ahora: solo se muestra esta vez y no se puede recuperar.',
  'users.copy': 'Copiar',
  'users.copied': 'Copiado',
  'users.close': 'Cerrar',
  'users.create': 'Crear un usuario',
  'users.loginHint': 'Opcional: se forma a partir del nombre si queda vacío.',
  'users.nobody': 'Nadie (toda la instalación)',
  'users.participants': 'Participantes',
  'users.organisations': 'Organizaciones',
  'users.password': 'Contraseña',
  'users.passwordHint': 'Opcional: sin contraseña, el usuario trabaja solo con tokens de API.',
  'users.submit': 'Crear el usuario',
  'users.busy': 'Guardando…',
  'users.created': 'Usuario {name} creado con el nombre de usuario {login}.',
  'users.needRole': 'Elija al menos una función.',

  'audit.title': 'Registro de auditoría',
  'audit.intro': 'Cada cambio queda registrado en una cadena de hashes: verificar la cadena detecta cualquier entrada alterada, insertada o eliminada.',
  'audit.verify': 'Verificar la cadena',
  'audit.verifying': 'Verificando…',
  'audit.intact': 'La cadena está intacta. Entradas verificadas: {count}.',
  'audit.broken': 'La cadena está rota. Problemas encontrados: {count}.',
  'audit.head': 'Hash de la última entrada',
  'audit.problem': 'Entrada {seq}: {problem}',
  'audit.seq': 'N.º',
  'audit.at': 'Fecha y hora',
  'audit.actor': 'Autor',
  'audit.actingFor': 'En nombre de',
  'audit.action': 'Operación',
  'audit.subject': 'Objeto',
  'audit.details': 'Detalles',
  'audit.more': 'Cargar entradas más antiguas',
  'audit.end': 'Esta es la primera entrada del registro.',








  // ---- navigation of certificates, statistics, monitoring (their pages' messages are beside them) ----
  "nav.statistics": "Estadísticas",
  "nav.submit": "Presentar estadísticas",
  "nav.review": "Examen de las estadísticas",
  "nav.certificates": "Certificados",
  "nav.verify": "Verificar un certificado",
  "nav.findings": "Hallazgos de vigilancia",
  "nav.awaiting": "Por confirmar",
  "nav.applications": "Solicitudes",

  'error.title': 'Se ha producido un error',
  'error.network': 'No se pudo contactar con el servidor. Compruebe la conexión e inténtelo de nuevo.',
  'error.retry': 'Reintentar',
  ...governanceMessages.es,
  ...notificationMessages.es,
  ...footprintMessages.es,
  ...analysisMessages.es,
  ...shipmentMessages.es,
  ...certificateMessages.es,
  ...tradeMessages.es,
  ...stockMessages.es,
  ...companyUserMessages.es,
  ...verifyChainMessages.es,
  ...accountMessages.es,
  ...fieldMessages.es,
  ...emptyMessages.es,
  ...issuanceMessages.es,
  ...verificationMessages.es,
  ...registerMessages.es,
  ...receiptMessages.es,
  ...statisticsMessages.es,
  ...statisticsReviewMessages.es,
  ...findingMessages.es,
};
