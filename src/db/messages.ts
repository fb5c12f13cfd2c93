// What the store refuses, in the five languages (src/core/i18n.ts): a backup that cannot be restored, a
// data directory another process holds, a store it cannot reach or that stays busy. Names of programs,
// files, tables and migrations are parameters: the Russian texts carry no Latin word.
import { defineMessages } from '../core/i18n.js';

export const m = defineMessages({
  'backup.notOurs': {
    en: '{file} is not a {app} backup.',
    fr: '{file} n’est pas une sauvegarde {app}.',
    pt: '{file} não é uma cópia de segurança {app}.',
    es: '{file} no es una copia de seguridad de {app}.',
    ru: '{file} — не резервная копия {app}.',
  },
  'backup.newer': {
    en: 'The backup comes from a newer {app} (migrations {migrations}); upgrade before restoring.',
    fr: 'La sauvegarde provient d’une version plus récente de {app} (migrations {migrations}) ; mettez à jour avant de restaurer.',
    pt: 'A cópia de segurança vem de uma versão mais recente de {app} (migrações {migrations}); atualize antes de restaurar.',
    es: 'La copia de seguridad procede de una versión más reciente de {app} (migraciones {migrations}); actualice antes de restaurar.',
    ru: 'Резервная копия создана более новой версией {app} (миграции {migrations}); обновите программу перед восстановлением.',
  },
  'backup.targetNotEmpty': {
    en: 'The target store is not empty (table {table} has rows): restore into a new data directory or an empty database.',
    fr: 'Le stockage cible n’est pas vide (la table {table} contient des lignes) : restaurez dans un nouveau répertoire de données ou une base de données vide.',
    pt: 'O armazenamento de destino não está vazio (a tabela {table} tem linhas): restaure num novo diretório de dados ou numa base de dados vazia.',
    es: 'El almacén de destino no está vacío (la tabla {table} tiene filas): restaure en un nuevo directorio de datos o en una base de datos vacía.',
    ru: 'Целевое хранилище не пусто (в таблице {table} есть строки): восстанавливайте в новый каталог данных или в пустую базу данных.',
  },
  'backup.rowsFirst': {
    en: 'The backup is damaged: rows before any table.',
    fr: 'La sauvegarde est endommagée : des lignes avant toute table.',
    pt: 'A cópia de segurança está danificada: linhas antes de qualquer tabela.',
    es: 'La copia de seguridad está dañada: filas antes de cualquier tabla.',
    ru: 'Резервная копия повреждена: строки идут раньше любой таблицы.',
  },
  'backup.count': {
    en: 'The backup is damaged: {read} rows read, {announced} announced.',
    fr: 'La sauvegarde est endommagée : {read} lignes lues, {announced} annoncées.',
    pt: 'A cópia de segurança está danificada: {read} linhas lidas, {announced} anunciadas.',
    es: 'La copia de seguridad está dañada: {read} filas leídas, {announced} anunciadas.',
    ru: 'Резервная копия повреждена: прочитано строк — {read}, заявлено — {announced}.',
  },
  'backup.unknownTable': {
    en: 'The backup names a table this version does not have: {table}.',
    fr: 'La sauvegarde nomme une table que cette version n’a pas : {table}.',
    pt: 'A cópia de segurança nomeia uma tabela que esta versão não tem: {table}.',
    es: 'La copia de seguridad nombra una tabla que esta versión no tiene: {table}.',
    ru: 'В резервной копии есть таблица, которой нет в этой версии: {table}.',
  },
  'backup.truncated': {
    en: 'The backup is truncated: its end marker is missing.',
    fr: 'La sauvegarde est tronquée : sa marque de fin manque.',
    pt: 'A cópia de segurança está truncada: falta a sua marca de fim.',
    es: 'La copia de seguridad está truncada: falta su marca de fin.',
    ru: 'Резервная копия обрезана: нет метки конца.',
  },
  'store.unreachable': {
    en: 'Cannot reach {engine} at {where}: {reason}',
    fr: 'Impossible de joindre {engine} à {where} : {reason}',
    pt: 'Não é possível contactar {engine} em {where}: {reason}',
    es: 'No se puede contactar con {engine} en {where}: {reason}',
    ru: 'Нет связи с {engine} по адресу {where}: {reason}',
  },
  'dataDir.inUse': {
    en: 'The data directory {dir} is in use by another {app} process (pid {pid}), probably {command}. The embedded store allows one process at a time: stop that process, or use the HTTP API while it runs.',
    fr: 'Le répertoire de données {dir} est utilisé par un autre processus {app} (pid {pid}), probablement {command}. Le stockage intégré n’admet qu’un processus à la fois : arrêtez ce processus, ou utilisez l’interface HTTP pendant qu’il tourne.',
    pt: 'O diretório de dados {dir} está a ser usado por outro processo {app} (pid {pid}), provavelmente {command}. O armazenamento integrado só admite um processo de cada vez: pare esse processo, ou use a interface HTTP enquanto ele corre.',
    es: 'El directorio de datos {dir} está en uso por otro proceso de {app} (pid {pid}), probablemente {command}. El almacén integrado admite un solo proceso a la vez: detenga ese proceso, o use la interfaz HTTP mientras se ejecuta.',
    ru: 'Каталог данных {dir} занят другим процессом {app} (идентификатор процесса {pid}), вероятно {command}. Встроенное хранилище допускает один процесс за раз: остановите тот процесс или пользуйтесь программным интерфейсом по сети, пока он работает.',
  },
  'dataDir.openHere': {
    en: 'The data directory {dir} is open already in this process: the embedded store is opened once and its store shared.',
    fr: 'Le répertoire de données {dir} est déjà ouvert dans ce processus : le stockage intégré s’ouvre une fois, et on partage ce qu’il donne.',
    pt: 'O diretório de dados {dir} já está aberto neste processo: o armazenamento integrado abre-se uma vez e partilha-se.',
    es: 'El directorio de datos {dir} ya está abierto en este proceso: el almacén integrado se abre una vez y se comparte.',
    ru: 'Каталог данных {dir} уже открыт в этом процессе: встроенное хранилище открывают один раз и используют совместно.',
  },
  'dataDir.lock': {
    en: 'Could not lock the data directory {dir}.',
    fr: 'Impossible de verrouiller le répertoire de données {dir}.',
    pt: 'Não foi possível bloquear o diretório de dados {dir}.',
    es: 'No se pudo bloquear el directorio de datos {dir}.',
    ru: 'Не удалось заблокировать каталог данных {dir}.',
  },
  'store.busy': {
    en: 'The store is busy: {attempts} attempts collided with other writers. Nothing was written; try again in a moment.',
    fr: 'Le stockage est occupé : {attempts} tentatives se sont heurtées à d’autres écritures. Rien n’a été écrit ; réessayez dans un instant.',
    pt: 'O armazenamento está ocupado: {attempts} tentativas colidiram com outras escritas. Nada foi escrito; tente de novo dentro de momentos.',
    es: 'El almacén está ocupado: {attempts} intentos chocaron con otras escrituras. No se escribió nada; inténtelo de nuevo en un momento.',
    ru: 'Хранилище занято: попыток, столкнувшихся с другими записями, — {attempts}. Ничего не записано; повторите чуть позже.',
  },
});
