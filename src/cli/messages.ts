// What the command line's own commands (kpcs db …) refuse, in the five languages (src/core/i18n.ts).
// Files, directories and options are parameters: the Russian texts carry no Latin word.
import { defineMessages } from '../core/i18n.js';

export const m = defineMessages({
  'backup.missing': {
    en: 'No backup file {file}.',
    fr: 'Aucun fichier de sauvegarde {file}.',
    pt: 'Nenhum ficheiro de cópia de segurança {file}.',
    es: 'Ningún archivo de copia de seguridad {file}.',
    ru: 'Файла резервной копии {file} нет.',
  },
  'restore.notEmpty': {
    en: '{dir} holds a store already: restore into a new {option}.',
    fr: '{dir} contient déjà un stockage : restaurez dans un nouveau {option}.',
    pt: '{dir} já contém um armazenamento: restaure num novo {option}.',
    es: '{dir} ya contiene un almacén: restaure en un nuevo {option}.',
    ru: 'В {dir} уже есть хранилище: восстанавливайте в новый {option}.',
  },
  'restore.chainBroken': {
    en: 'restored {rows} rows, but the audit chain is broken at entry {seq}: {problem}',
    fr: '{rows} lignes restaurées, mais la chaîne d’audit est rompue à l’entrée {seq} : {problem}',
    pt: '{rows} linhas restauradas, mas a cadeia de auditoria está quebrada na entrada {seq}: {problem}',
    es: '{rows} filas restauradas, pero la cadena de auditoría está rota en la entrada {seq}: {problem}',
    ru: 'восстановлено строк: {rows}, но цепочка аудита нарушена на записи {seq}: {problem}',
  },
});
