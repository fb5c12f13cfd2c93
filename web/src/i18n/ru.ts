// Русский каталог.
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

export const ru: Catalogue = {
  'app.title': 'Система сертификации Кимберлийского процесса',
  'app.tagline': 'Сертификаты на необработанные алмазы, статистика и участники',
  'app.skip': 'Перейти к содержимому',
  'app.loading': 'Загрузка…',
  'app.apiDocs': 'Документация API',
  'app.footer': 'Кимберлийский процесс не допускает алмазы из зон конфликтов в законную торговлю необработанными алмазами.',
  'app.notFound': 'Страница не найдена',
  'app.notFoundText': 'По этому адресу нет страницы.',
  'app.backHome': 'Вернуться к реестру',
  'app.needSignIn': 'Войдите в систему, чтобы открыть эту страницу.',
  'app.forbidden': 'У вашей учётной записи нет доступа к этой странице.',

  'nav.label': 'Основная навигация',
  'nav.registry': 'Участники',
  'nav.users': 'Пользователи',
  'nav.audit': 'Журнал аудита',
  'nav.signIn': 'Войти',
  'nav.signOut': 'Выйти',
  'lang.label': 'Язык',
  'user.label': 'Текущий пользователь',
  'user.actingFor': 'от имени: {who}',

  'role.officer': 'Сотрудник уполномоченного органа',
  'role.company': 'Экспортёр или импортёр',
  'role.customs': 'Сотрудник таможни',
  'role.wg-member': 'Член рабочей группы',
  'role.observer': 'Наблюдатель',
  'role.un': 'Орган ООН',
  'role.chair': 'Председатель или секретариат',
  'role.admin': 'Администратор',
  'role.national-system': 'Национальная система (машина)',

  'status.participant': 'Участник',
  'status.applicant': 'Кандидат',
  'status.trading_entity': 'Торговое образование',
  'status.suspended': 'Приостановлен',
  'status.removed': 'Исключён',
  'status.withdrawn': 'Вышел',
  'status.non_participant': 'Не участник',
  'status.none': 'Нет в реестре',

  'kind.country': 'Страна',
  'kind.regional_organisation': 'Региональная организация экономической интеграции',
  'kind.trading_entity': 'Отдельная таможенная территория',

  'measure.embargo': 'Эмбарго ООН',
  'measure.sanctions': 'Санкции ООН',

  'country.EU': 'Европейское сообщество',
  'country.TW': 'Китайский Тайбэй',

  'registry.title': 'Участники Кимберлийского процесса',
  'registry.intro': 'Реестр по состоянию на выбранный день: кто может торговать необработанными алмазами в рамках Системы, кто подал заявку на участие и к кому применяется мера ООН.',
  'registry.date': 'Реестр на дату',
  'registry.today': 'Сегодня',
  'registry.statParticipants': 'Участники',
  'registry.statCountries': 'Представлено стран',
  'registry.statApplicants': 'Кандидаты',
  'registry.statMeasures': 'Под мерами ООН',
  'registry.countsNote': 'Европейское сообщество — один участник от имени всех своих государств-членов.',

  'map.title': 'Карта реестра',
  'map.label': 'Карта мира: статус каждой страны реестра на {date}',
  'map.loading': 'Загрузка карты…',
  'map.legend': 'Условные обозначения',
  'map.measure': 'Под мерой ООН',
  'map.hint': 'Наведите указатель на страну, чтобы увидеть её статус; выберите участника, чтобы открыть его карточку.',
  'map.memberOf': 'государство — член организации «{participant}»',

  'table.title': 'Записи реестра',
  'table.caption': 'Записи реестра на {date}',
  'table.code': 'Код',
  'table.name': 'Название',
  'table.status': 'Статус',
  'table.since': 'С даты',
  'table.measures': 'Меры ООН',
  'table.filter': 'Поиск по названию или коду',
  'table.statusFilter': 'Статус',
  'table.allStatuses': 'Все статусы',
  'table.shown': 'Показано {shown} из {total}',
  'table.empty': 'Нет записей, соответствующих запросу.',
  'table.members': 'Государства-члены: {count}',

  'detail.back': 'Вернуться к реестру',
  'detail.statusOn': 'Статус на {date}',
  'detail.since': 'с {date}',
  'detail.code': 'Код',
  'detail.kind': 'Тип',
  'detail.language': 'Язык сертификатов помимо английского',
  'detail.englishOnly': 'Только английский',
  'detail.validity': 'Срок действия сертификатов (дней)',
  'detail.members': 'Государства-члены на {date}',
  'detail.memberOf': 'Охватывается',
  'detail.history': 'История статуса',
  'detail.from': 'Начало',
  'detail.to': 'Окончание',
  'detail.basis': 'Основание',
  'detail.note': 'Примечание',
  'detail.open': 'по настоящее время',
  'detail.yearOnly': 'известен только год',
  'detail.measures': 'Меры ООН',
  'detail.measure': 'Мера',
  'detail.noMeasures': 'К этой записи меры ООН не применялись.',
  'detail.inForce': 'действует в выбранный день',
  'detail.authority': 'Уполномоченный орган Кимберлийского процесса',
  'detail.authorityName': 'Название',
  'detail.address': 'Адрес',
  'detail.email': 'Электронная почта',
  'detail.notRecorded': 'Нет данных',

  'signIn.title': 'Вход',
  'signIn.intro': 'Войдите с учётной записью, которую для вас создал администратор.',
  'signIn.login': 'Имя пользователя',
  'signIn.password': 'Пароль',
  'signIn.submit': 'Войти',
  'signIn.busy': 'Выполняется вход…',
  'signIn.refused': 'Неверное имя пользователя или пароль.',
  'signIn.demoPassword': 'У этой учётной записи всё ещё общедоступный демонстрационный пароль: с ним вход возможен только на компьютере, где работает сервер системы. Войдите там и смените пароль или попросите администратора сбросить его.',
  'signIn.already': 'Вы вошли как {name}.',

  'users.title': 'Пользователи',
  'users.intro': 'Учётные записи людей и программ, действующих от имени участника или организации.',
  'users.list': 'Все пользователи',
  'users.name': 'Имя',
  'users.login': 'Имя пользователя',
  'users.actingFor': 'Действует от имени',
  'users.roles': 'Роли',
  'users.groups': 'Рабочие группы',
  'users.tokens': 'Токены API',
  'users.state': 'Состояние',
  'users.active': 'Активен',
  'users.disabled': 'Отключён',
  'users.actions': 'Действия',
  'users.issueToken': 'Выдать токен',
  'users.disable': 'Отключить',
  'users.enable': 'Включить',
  'users.tokenTitle': 'Новый токен API для пользователя {name}',
  'users.tokenOnce': 'Скопируйте его сейчас: он показывается только один раз и не может быть восстановлен.',
  'users.copy': 'Копировать',
  'users.copied': 'Скопировано',
  'users.close': 'Закрыть',
  'users.create': 'Создать пользователя',
  'users.loginHint': 'Необязательно: если оставить пустым, будет образовано из имени.',
  'users.nobody': 'Никого (вся установка)',
  'users.participants': 'Участники',
  'users.organisations': 'Организации',
  'users.password': 'Пароль',
  'users.passwordHint': 'Необязательно: без пароля пользователь работает только с токенами API.',
  'users.submit': 'Создать пользователя',
  'users.busy': 'Сохранение…',
  'users.created': 'Пользователь {name} создан с именем входа {login}.',
  'users.needRole': 'Выберите хотя бы одну роль.',

  'audit.title': 'Журнал аудита',
  'audit.intro': 'Каждое изменение записывается в цепочку хешей: проверка цепочки выявляет любую изменённую, вставленную или удалённую запись.',
  'audit.verify': 'Проверить цепочку',
  'audit.verifying': 'Проверка…',
  'audit.intact': 'Цепочка не нарушена. Проверено записей: {count}.',
  'audit.broken': 'Цепочка нарушена. Найдено проблем: {count}.',
  'audit.head': 'Хеш последней записи',
  'audit.problem': 'Запись {seq}: {problem}',
  'audit.seq': '№',
  'audit.at': 'Время',
  'audit.actor': 'Исполнитель',
  'audit.actingFor': 'От имени',
  'audit.action': 'Операция',
  'audit.subject': 'Объект',
  'audit.details': 'Подробности',
  'audit.more': 'Загрузить более ранние записи',
  'audit.end': 'Это первая запись журнала.',








  // ---- navigation of certificates, statistics, monitoring (their pages' messages are beside them) ----
  "nav.statistics": "Статистика",
  "nav.submit": "Подать статистику",
  "nav.review": "Проверка статистики",
  "nav.certificates": "Сертификаты",
  "nav.verify": "Проверить сертификат",
  "nav.findings": "Выводы мониторинга",
  "nav.awaiting": "К подтверждению",
  "nav.applications": "Заявки",

  'error.title': 'Произошла ошибка',
  'error.network': 'Не удалось связаться с сервером. Проверьте подключение и повторите попытку.',
  'error.retry': 'Повторить',
  ...governanceMessages.ru,
  ...notificationMessages.ru,
  ...footprintMessages.ru,
  ...analysisMessages.ru,
  ...shipmentMessages.ru,
  ...certificateMessages.ru,
  ...tradeMessages.ru,
  ...stockMessages.ru,
  ...companyUserMessages.ru,
  ...verifyChainMessages.ru,
  ...accountMessages.ru,
  ...fieldMessages.ru,
  ...emptyMessages.ru,
  ...issuanceMessages.ru,
  ...verificationMessages.ru,
  ...registerMessages.ru,
  ...receiptMessages.ru,
  ...statisticsMessages.ru,
  ...statisticsReviewMessages.ru,
  ...findingMessages.ru,
};
