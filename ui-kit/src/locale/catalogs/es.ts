import type { KitMessages } from '../types';
import { plural } from '../plural';

const p = plural('es');
const num = (n: number) => p(n, { other: '#' });

/** Spanish. */
export const es: KitMessages = {
  cancel: 'Cancelar',
  save: 'Guardar',
  loading: 'Cargando',
  search: 'Buscar',
  clearSearch: 'Borrar búsqueda',
  presence: { online: 'En línea', away: 'Ausente', offline: 'Desconectado' },
  unread: (n) => p(n, { one: '# mensaje sin leer', other: '# mensajes sin leer' }),
  capped: (max) => `${num(max)}+`,
  members: (n) => p(n, { one: '# miembro', other: '# miembros' }),

  status: { sending: 'Enviando', sent: 'Enviado', delivered: 'Entregado', read: 'Leído', failed: 'No enviado' },
  deletedMessage: 'Este mensaje se eliminó',
  deleteQuestion: '¿Eliminar este mensaje?',
  delete: 'Eliminar',
  editAction: 'Editar[ mensaje]',
  deleteAction: 'Eliminar[ mensaje]',
  editMessage: 'Editar mensaje',
  edited: 'editado',
  notSent: 'Mensaje no enviado.',
  retry: 'Reintentar',
  discard: 'Descartar',

  composerLabel: 'Mensaje',
  composerPlaceholder: 'Escribe un mensaje…',
  send: 'Enviar',
  charactersLeft: (n) => p(n, { one: 'Queda # carácter', other: 'Quedan # caracteres' }),

  typing: (names) =>
    names.length === 1
      ? `${names[0]} está escribiendo…`
      : names.length === 2
        ? `${names[0]} y ${names[1]} están escribiendo…`
        : `${num(names.length)} personas están escribiendo…`,

  typingPreview: 'escribiendo…',
  groupSuffix: (n) => (n === undefined ? ', grupo' : `, grupo, ${es.members(n)}`),

  chats: 'Chats',
  searchChats: 'Buscar chats',
  noChatsMatch: 'Ningún chat coincide con tu búsqueda.',
  noConversations: 'Aún no hay conversaciones',
  noConversationsHint: 'Busca a alguien para empezar a chatear.',

  loadingOlder: 'Cargando mensajes anteriores',
  newMessages: (n) => p(n, { one: '# mensaje nuevo', other: '# mensajes nuevos' }),
  jumpToLatest: 'Ir al más reciente',

  backToChats: 'Volver a los chats',
  membersToggle: 'Miembros',
  lastSeen: 'Última vez',

  renameGroup: 'Cambiar nombre del grupo',
  groupName: 'Nombre del grupo',
  nameMaxLength: (max) => `Como máximo ${num(max)} caracteres.`,
  closeMembers: 'Cerrar miembros',
  leaveQuestion: (group) => `¿Salir de ${group}? Dejarás de recibir sus mensajes.`,
  stay: 'Quedarme',
  leave: 'Salir',
  leaveGroup: 'Salir del grupo',
  admin: 'Admin',
  you: '(tú)',
  removeQuestion: (name) => `¿Quitar a ${name}?`,
  remove: 'Quitar',
  makeAdmin: 'Hacer admin[ a {name}]',
  removeAdmin: 'Quitar admin[ a {name}]',
  removeMember: 'Quitar[ a {name}]',

  createGroup: 'Crear grupo',
  noPeopleFound: 'No se encontró a nadie.',
  noPeopleToAdd: 'No hay personas para añadir.',
  membersTitle: 'Miembros',
  addedOfMax: (n, max) => `${num(n)} de ${num(max)} añadidos`,
  peopleAdded: (n) => p(n, { one: '# persona añadida', other: '# personas añadidas' }),
  noOneAdded: 'Aún no has añadido a nadie',
  addPeople: 'Añadir personas',
  people: 'Personas',
  addedPeople: 'Personas añadidas',
  searching: 'Buscando…',
  removePerson: (name) => `Quitar a ${name}`,
  groupNameTooLong: 'El nombre del grupo es demasiado largo.',
  needNameAndPeople: 'Añade un nombre de grupo y al menos una persona.',
  needName: 'Añade un nombre de grupo.',
  needPeople: 'Añade al menos una persona.',

  username: 'Nombre de usuario',
  password: 'Contraseña',
  email: 'Correo electrónico',
  logIn: 'Iniciar sesión',
  createAccount: 'Crear una cuenta',
  register: 'Registrarse',
  haveAccount: 'Ya tengo una cuenta',
  enterUsername: 'Escribe tu nombre de usuario.',
  enterPassword: 'Escribe tu contraseña.',
  chooseUsername: 'Elige un nombre de usuario.',
  usernameRule: 'Usa de 3 a 32 letras, cifras, puntos, guiones o guiones bajos.',
  usernameHint: 'De 3 a 32 letras, cifras, puntos, guiones o guiones bajos.',
  enterEmail: 'Escribe tu correo electrónico.',
  invalidEmail: 'Escribe un correo electrónico válido.',
  passwordTooShort: (min) => `Usa al menos ${num(min)} caracteres.`,
  passwordHint: (min) => `Al menos ${num(min)} caracteres.`,

  details: 'Detalles',
  conversations: 'Conversaciones',
  conversation: 'Conversación',

  // Attachments: messages
  openImage: (name) => `Abrir ${name}`,
  moreImages: (count) => `+${p(count, { other: '#' })}`,
  downloadFile: (name) => `Descargar ${name}`,
  download: 'Descargar',
  playVoice: 'Reproducir mensaje de voz',
  pauseVoice: 'Pausar mensaje de voz',
  playbackPosition: 'Posición de reproducción',
  playbackTime: (position, duration) => `${position} de ${duration}`,
  closeViewer: 'Cerrar',
  previousImage: 'Imagen anterior',
  nextImage: 'Imagen siguiente',
  imagePosition: (index, count) => `${p(index, { other: '#' })} de ${p(count, { other: '#' })}`,
  // Attachments: composer
  attachFiles: 'Adjuntar archivos',
  attachments: 'Archivos adjuntos',
  removeAttachment: (name) => `Quitar ${name}`,
  retryAttachment: (name) => `Reintentar ${name}`,
  uploadingAttachment: (name) => `Subiendo ${name}`,
  uploadFailed: 'No se pudo subir.',
  attachmentsFailedHint: 'Quita o reintenta los archivos que no se pudieron subir.',
  dropFiles: 'Suelta los archivos para adjuntarlos',
  recordVoice: 'Grabar mensaje de voz',
  stopRecording: 'Detener grabación',
  cancelRecording: 'Cancelar grabación',
  sendVoice: 'Enviar mensaje de voz',
  deleteVoice: 'Eliminar mensaje de voz',
  voiceMessage: 'Mensaje de voz',
  recording: 'Grabando',
  inputLevel: 'Nivel de entrada',
  micDenied: 'Se denegó el acceso al micrófono. Permítelo en la configuración del sitio de tu navegador para grabar.',
  micMissing: 'No se encontró ningún micrófono. Conecta uno para grabar.',
  micUnavailable: 'Este navegador no permite grabar.',
  // Replies, reactions, formatting
  goToQuoted: '[Ir al mensaje de ]{name}',
  quotedDeleted: 'Mensaje eliminado',
  replyingTo: (name) => `Respondiendo a ${name}`,
  cancelReply: 'Cancelar respuesta',
  reactions: 'Reacciones',
  reaction: (emoji, n, me) => `${emoji} ${p(n, { other: '#' })}${me ? ', reaccionaste' : ''}`,
  reactedBy: (names, others) =>
    others > 0
      ? `${names.join(', ')} ${p(others, { one: 'y # persona más', other: 'y # personas más' })}`
      : names.length > 1
        ? `${names.slice(0, -1).join(', ')} y ${names[names.length - 1]}`
        : (names[0] ?? ''),
  addReaction: 'Añadir reacción',
  // Message actions, mentions, forwarding
  moreActions: 'Más acciones',
  messageActions: 'Acciones del mensaje',
  reply: 'Responder',
  react: 'Reaccionar',
  forward: 'Reenviar',
  pin: 'Fijar',
  unpin: 'Desfijar',
  copyText: 'Copiar texto',
  mentionSuggestions: 'Personas para mencionar',
  copied: 'Copiado',
  forwarded: 'Reenviado',
  forwardMessage: 'Reenviar mensaje',
  searchConversations: 'Buscar conversaciones',
  noConversationsMatch: 'Ninguna conversación coincide',
  forwarding: 'Reenviando…',
  forwardFailed: 'No se pudo reenviar; inténtalo de nuevo',
  mentionedTimes: (n) => p(n, { one: 'te mencionaron una vez', other: 'te mencionaron # veces' }),
};
