// What the public log and a certificate's look-up refuse — proofs asked of sizes and leaves the log does
// not have, a certificate's entry, verification codes — in the five languages (src/core/i18n.ts).
// Sizes, numbers, codes and routes come in as parameters.
import { defineMessages } from '../core/i18n.js';

export const m = defineMessages({
  // ---- the log's proofs ----
  'log.noSuchSize': {
    en: 'the log has {current} entries; {size} is not a size it has had',
    fr: 'le journal compte {current} entrées ; {size} n’est pas une taille qu’il a eue',
    pt: 'o registo tem {current} entradas; {size} não é um tamanho que tenha tido',
    es: 'el registro tiene {current} entradas; {size} no es un tamaño que haya tenido',
    ru: 'в журнале {current} записей; размера {size} у него не было',
  },
  'log.beyondSize': { en: 'beyond the current size', fr: 'au-delà de la taille actuelle', pt: 'para além do tamanho atual', es: 'más allá del tamaño actual', ru: 'больше текущего размера' },
  'log.noSuchLeaf': {
    en: 'leaf {index} is not in a log of {size} entries',
    fr: 'la feuille {index} n’est pas dans un journal de {size} entrées',
    pt: 'a folha {index} não está num registo de {size} entradas',
    es: 'la hoja {index} no está en un registro de {size} entradas',
    ru: 'листа {index} нет в журнале из {size} записей',
  },
  'log.noConsistency': {
    en: 'no consistency proof from {first} to {size} entries',
    fr: 'pas de preuve de cohérence de {first} à {size} entrées',
    pt: 'não há prova de consistência de {first} a {size} entradas',
    es: 'no hay prueba de coherencia de {first} a {size} entradas',
    ru: 'доказательства согласованности от {first} до {size} записей нет',
  },
  'log.firstRange': {
    en: 'must be from 1 to the second size',
    fr: 'doit aller de 1 à la seconde taille',
    pt: 'deve ir de 1 ao segundo tamanho',
    es: 'debe ir de 1 al segundo tamaño',
    ru: 'должно быть от 1 до второго размера',
  },
  'log.noEntry': {
    en: 'The log has no entry for {number}.',
    fr: 'Le journal n’a aucune entrée pour {number}.',
    pt: 'O registo não tem nenhuma entrada para {number}.',
    es: 'El registro no tiene ninguna entrada para {number}.',
    ru: 'В журнале нет записи для {number}.',
  },
  'log.positionNeedsCode': {
    en: 'The log position of certificate {number} is given with its verification code (printed beside the {qr} code: {query}) or to the authorities concerned; the log itself is public by position ({route}).',
    fr: 'La position du certificat {number} dans le journal est donnée avec son code de vérification (imprimé à côté du code {qr} : {query}) ou aux autorités concernées ; le journal lui-même est public par position ({route}).',
    pt: 'A posição do certificado {number} no registo é dada com o seu código de verificação (impresso ao lado do código {qr}: {query}) ou às autoridades interessadas; o próprio registo é público por posição ({route}).',
    es: 'La posición del certificado {number} en el registro se da con su código de verificación (impreso junto al código {qr}: {query}) o a las autoridades interesadas; el registro mismo es público por posición ({route}).',
    ru: 'Позиция сертификата {number} в журнале сообщается по его коду проверки (напечатан рядом с {qr}-кодом: {query}) или заинтересованным органам; сам журнал открыт по позициям ({route}).',
  },
  // ---- verification codes ----
  'code.invalid': {
    en: '"{code}" is not a verification code: ten letters and digits, e.g. {example} (printed beside the {qr} code of the certificate).',
    fr: '« {code} » n’est pas un code de vérification : dix lettres et chiffres, par exemple {example} (imprimé à côté du code {qr} du certificat).',
    pt: '«{code}» não é um código de verificação: dez letras e algarismos, por exemplo {example} (impresso ao lado do código {qr} do certificado).',
    es: '«{code}» no es un código de verificación: diez letras y cifras, por ejemplo {example} (impreso junto al código {qr} del certificado).',
    ru: '«{code}» — не код проверки: десять букв и цифр, например {example} (напечатан рядом с {qr}-кодом сертификата).',
  },
  'code.shape': {
    en: 'ten letters and digits, e.g. {example}',
    fr: 'dix lettres et chiffres, par exemple {example}',
    pt: 'dez letras e algarismos, por exemplo {example}',
    es: 'diez letras y cifras, por ejemplo {example}',
    ru: 'десять букв и цифр, например {example}',
  },
  'code.none': {
    en: 'Certificate {number} has no verification code yet (it was issued before codes were printed): its issuing authority ({participant}) can make one. Without it, only the verdict is shown.',
    fr: 'Le certificat {number} n’a pas encore de code de vérification (il a été délivré avant que les codes soient imprimés) : son autorité de délivrance ({participant}) peut en faire un. Sans lui, seul le verdict est affiché.',
    pt: 'O certificado {number} ainda não tem código de verificação (foi emitido antes de os códigos serem impressos): a sua autoridade emissora ({participant}) pode criar um. Sem ele, só é mostrado o veredicto.',
    es: 'El certificado {number} aún no tiene código de verificación (se expidió antes de que se imprimieran los códigos): su autoridad expedidora ({participant}) puede crear uno. Sin él, solo se muestra el veredicto.',
    ru: 'У сертификата {number} ещё нет кода проверки (он выдан до того, как коды стали печатать): выдавший его орган ({participant}) может его создать. Без кода показывается только вердикт.',
  },
  'code.mismatch': {
    en: 'The verification code does not match certificate {number}: check it against the one printed beside the {qr} code. Without it, only the verdict is shown.',
    fr: 'Le code de vérification ne correspond pas au certificat {number} : comparez-le à celui imprimé à côté du code {qr}. Sans lui, seul le verdict est affiché.',
    pt: 'O código de verificação não corresponde ao certificado {number}: compare-o com o impresso ao lado do código {qr}. Sem ele, só é mostrado o veredicto.',
    es: 'El código de verificación no corresponde al certificado {number}: compárelo con el impreso junto al código {qr}. Sin él, solo se muestra el veredicto.',
    ru: 'Код проверки не соответствует сертификату {number}: сверьте его с напечатанным рядом с {qr}-кодом. Без кода показывается только вердикт.',
  },
  'code.notThis': {
    en: 'The verification code does not match certificate {number}: the PDF prints only the certificate\'s own code ({participant}\'s authority can make a new one).',
    fr: 'Le code de vérification ne correspond pas au certificat {number} : le PDF n’imprime que le code propre au certificat (l’autorité de {participant} peut en faire un nouveau).',
    pt: 'O código de verificação não corresponde ao certificado {number}: o PDF imprime apenas o código do próprio certificado (a autoridade de {participant} pode criar um novo).',
    es: 'El código de verificación no corresponde al certificado {number}: el PDF imprime solo el código propio del certificado (la autoridad de {participant} puede crear uno nuevo).',
    ru: 'Код проверки не соответствует сертификату {number}: в документе печатается только собственный код сертификата (орган {participant} может создать новый).',
  },
  'code.notThisDetail': { en: 'not this certificate\'s code', fr: 'pas le code de ce certificat', pt: 'não é o código deste certificado', es: 'no es el código de este certificado', ru: 'не код этого сертификата' },
});
