// What the hub tells a national system that sends a key's revocation (issue #20), in the five
// languages (src/core/i18n.ts). Codes, key ids and instants are parameters: the Russian texts carry no
// Latin word.
import { defineMessages } from '../core/i18n.js';

export const m = defineMessages({
  'keyRevoked.receiver': {
    en: 'A key revocation is addressed to the hub itself: its receiver is {hub}, not {receiver}.',
    fr: 'La révocation d’une clé s’adresse au hub lui-même : son destinataire est {hub}, et non {receiver}.',
    pt: 'A revogação de uma chave é dirigida ao próprio hub: o seu destinatário é {hub}, não {receiver}.',
    es: 'La revocación de una clave se dirige al propio hub: su destinatario es {hub}, no {receiver}.',
    ru: 'Отзыв ключа адресуется самому узлу обмена: получатель — {hub}, а не {receiver}.',
  },
  'keyRevoked.foreign': {
    en: 'The national system of {sender} cannot revoke the key {keyId} of {participant}: a national system revokes the keys of its own Participant only.',
    fr: 'Le système national de {sender} ne peut pas révoquer la clé {keyId} de {participant} : un système national ne révoque que les clés de son propre Participant.',
    pt: 'O sistema nacional de {sender} não pode revogar a chave {keyId} de {participant}: um sistema nacional só revoga as chaves do seu próprio Participante.',
    es: 'El sistema nacional de {sender} no puede revocar la clave {keyId} de {participant}: un sistema nacional solo revoca las claves de su propio Participante.',
    ru: 'Национальная система {sender} не может отозвать ключ {keyId} участника {participant}: национальная система отзывает только ключи своего участника.',
  },
  'keyRevoked.unknown': {
    en: '{participant} has no key {keyId} approved at this hub: only a key on the trust list can be revoked here.',
    fr: '{participant} n’a aucune clé {keyId} approuvée sur ce hub : seule une clé de la liste de confiance peut y être révoquée.',
    pt: '{participant} não tem nenhuma chave {keyId} aprovada neste hub: só uma chave da lista de confiança pode ser revogada aqui.',
    es: '{participant} no tiene ninguna clave {keyId} aprobada en este hub: solo puede revocarse aquí una clave de la lista de confianza.',
    ru: 'У участника {participant} нет ключа {keyId}, одобренного на этом узле обмена: здесь можно отозвать только ключ из списка доверия.',
  },
  'keyRevoked.future': {
    en: 'The revocation of {keyId} is dated {at}, in the future: a key is revoked from a moment that has come.',
    fr: 'La révocation de {keyId} est datée du {at}, dans le futur : une clé est révoquée à partir d’un moment déjà venu.',
    pt: 'A revogação de {keyId} tem a data {at}, no futuro: uma chave é revogada a partir de um momento já chegado.',
    es: 'La revocación de {keyId} tiene fecha {at}, en el futuro: una clave se revoca a partir de un momento ya llegado.',
    ru: 'Отзыв ключа {keyId} датирован моментом {at} в будущем: ключ отзывается с уже наступившего момента.',
  },
  'message.signerRevoked': {
    en: 'The message {id} was signed by the key {keyId} of {participant}, revoked at this hub since {at}: a revoked key signs nothing from then on.',
    fr: 'Le message {id} a été signé par la clé {keyId} de {participant}, révoquée sur ce hub depuis {at} : une clé révoquée ne signe plus rien à partir de ce moment.',
    pt: 'A mensagem {id} foi assinada pela chave {keyId} de {participant}, revogada neste hub desde {at}: uma chave revogada nada assina a partir desse momento.',
    es: 'El mensaje {id} fue firmado por la clave {keyId} de {participant}, revocada en este hub desde {at}: una clave revocada no firma nada a partir de ese momento.',
    ru: 'Сообщение {id} подписано ключом {keyId} участника {participant}, отозванным на этом узле обмена с момента {at}: отозванный ключ с этого момента ничего не подписывает.',
  },
  'detail.notTheSender': {
    en: 'not the sender',
    fr: 'pas l’expéditeur',
    pt: 'não é o remetente',
    es: 'no es el remitente',
    ru: 'не отправитель',
  },
  'detail.notApproved': {
    en: 'not an approved key of the sender',
    fr: 'pas une clé approuvée de l’expéditeur',
    pt: 'não é uma chave aprovada do remetente',
    es: 'no es una clave aprobada del remitente',
    ru: 'не одобренный ключ отправителя',
  },
  'detail.revoked': {
    en: 'revoked since {at}',
    fr: 'révoquée depuis {at}',
    pt: 'revogada desde {at}',
    es: 'revocada desde {at}',
    ru: 'отозван с момента {at}',
  },
  'detail.future': {
    en: 'in the future',
    fr: 'dans le futur',
    pt: 'no futuro',
    es: 'en el futuro',
    ru: 'в будущем',
  },
  'detail.mustBeHub': {
    en: 'must be {hub}',
    fr: 'doit être {hub}',
    pt: 'deve ser {hub}',
    es: 'debe ser {hub}',
    ru: 'должен быть {hub}',
  },
});
