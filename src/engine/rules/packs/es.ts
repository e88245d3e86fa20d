import type { Rule } from '../../types.ts';
import { PACK_LINK, wrongNumberChat } from './shared.ts';

/**
 * Spanish (es). Accented letters are not `\w`, so words that end in one (está, aquí, mamá) are
 * closed with `(?!\p{L})` instead of `\b`. Accents are optional where people often drop them.
 * Phrasing follows the WhatsApp/Telegram "trabajo desde casa" task scripts sent across Mexico,
 * Spain and Latin America, fake-broker pitches and "hijo en apuros" impersonation.
 */
/** The wrong-number apology, shared by the opener and its chatty variant. */
const WRONG_NUMBER_ES =
  /\b(?:perd[oó]n|disculp[ae]|lo siento)\b[^\n]{0,40}\b(?:me equivoqu[eé]|n[uú]mero equivocado|n[uú]mero incorrecto|persona equivocada)|\b(?:no eres|no es usted|¿?eres t[uú]|es usted)\b[^\n]{0,20}\b(?:el|la) (?:se[nñ]or|se[nñ]ora|doctor|doctora|licenciad[oa])\b/u;

export const ES_RULES: readonly Rule[] = [
  {
    id: 'OPENER_WRONG_NUMBER_ES',
    family: 'opener',
    stage: 'opener',
    languages: ['es'],
    pattern: WRONG_NUMBER_ES,
    description: 'A stranger apologises for writing to the wrong number, or asks "is this Mr/Mrs ...?".',
    reason: 'reason_opener_wrong_number',
    examples: {
      hit: [
        'Perdón, creo que me equivoqué de número. ¿De dónde eres?',
        '¿Es usted el señor Ramírez? Soy la asistente de la doctora Ruiz',
      ],
      miss: ['Perdón por la demora, ya voy en camino', 'Me equivoqué de camión y llegué tarde al trabajo'],
    },
  },
  {
    id: 'OPENER_WRONG_NUMBER_CHAT_ES',
    ...wrongNumberChat(
      'es',
      WRONG_NUMBER_ES,
      '¿?de d[oó]nde eres|de d[oó]nde es usted|pareces (?:una persona )?(?:muy )?(?:amable|simp[aá]tic[oa]|agradable|buena persona)|podemos ser amigos|mucho gusto|encantad[oa] de conocerte|me gustar[ií]a conocerte',
    ),
    examples: {
      hit: [
        'Hola, perdón, creo que me equivoqué de número. Pero pareces una persona muy amable, ¿de dónde eres?',
        'Disculpe, número equivocado. Mucho gusto de todos modos',
      ],
      miss: ['Perdón, número equivocado.', '¿De dónde eres? Te vi en la fiesta'],
    },
  },
  {
    id: 'OPENER_CONTACT_SAVED_ES',
    family: 'opener',
    stage: 'opener',
    languages: ['es'],
    pattern:
      /\bmi (?:asistente|secretaria)\b[^\n]{0,30}(?:guard[oó]|agend[oó]|me pas[oó]|me dio)(?!\p{L})[^\n]{0,20}\b(?:su|tu) (?:n[uú]mero|contacto)\b|\b(?:obtuve|tengo|me pasaron) (?:su|tu) (?:n[uú]mero|contacto) (?:de|por)\b/u,
    description: 'Claims an assistant saved the number, or that someone passed it on.',
    reason: 'reason_opener_contact_saved',
    examples: {
      hit: [
        'Hola, mi asistente guardó su número en mi agenda por error',
        'Me pasaron tu número por una amiga en común',
      ],
      miss: ['Mi asistente te enviará la factura mañana', 'Guárdate mi número nuevo, el otro se perdió'],
    },
  },
  {
    id: 'ROMANCE_FAST_INTIMACY_ES',
    family: 'romance',
    stage: 'rapport',
    languages: ['es'],
    pattern:
      /\b(?:apenas|reci[eé]n) (?:nos )?(?:conocemos|conocimos|hablamos)\b[^\n]{0,40}\b(?:te amo|te quiero|me enamor[eé]|siento algo)|\beres (?:el amor de mi vida|mi alma gemela|mi destino)\b/u,
    description: 'Declarations of love or destiny from someone only just met.',
    reason: 'reason_romance_fast_intimacy',
    examples: {
      hit: [
        'Sé que apenas nos conocemos pero siento algo muy fuerte por ti',
        'Eres mi alma gemela, lo supe desde el primer mensaje',
      ],
      miss: [
        'Te quiero mucho, mamá, nos vemos el domingo',
        'La película trata de dos almas gemelas que se encuentran',
      ],
    },
  },
  {
    id: 'ROMANCE_BACKSTORY_ES',
    family: 'romance',
    stage: 'rapport',
    languages: ['es'],
    pattern:
      /\b(?:plataforma petrolera|plataforma de petr[oó]leo|militar estadounidense|soldado (?:estadounidense|americano)|m[eé]dic[oa] de la onu|misi[oó]n de (?:paz|la onu))\b|\b(?:soy|qued[eé]) viud[oa]\b[^\n]{0,50}\b(?:hij[oa]|sol[oa])\b/u,
    description: 'The romance-scam life story: oil rig, US soldier, UN doctor, widowed with a child.',
    reason: 'reason_romance_backstory',
    examples: {
      hit: [
        'Trabajo como ingeniero en una plataforma petrolera en el mar del Norte',
        'Soy viudo desde hace cinco años y crío solo a mi hija',
      ],
      miss: ['El precio del petróleo subió otra vez', 'Mi abuela quedó viuda muy joven, es una mujer fuerte'],
    },
  },
  {
    id: 'ROMANCE_NO_VIDEO_ES',
    family: 'romance',
    stage: 'rapport',
    languages: ['es'],
    pattern:
      /\b(?:videollamada|video ?llamada)s?\b[^\n]{0,30}\b(?:no puedo|no me dejan|no est[aá] permitid[oa]|prohibid[oa]s?|imposible)|\b(?:no puedo|no me dejan) hacer (?:una )?(?:videollamada|video ?llamada)/u,
    description: 'Excuses not to video call.',
    reason: 'reason_romance_no_video',
    examples: {
      hit: [
        'Amor, las videollamadas están prohibidas en la base',
        'No puedo hacer videollamada, mi cámara no funciona',
      ],
      miss: [
        'Hacemos videollamada a las 8 con los abuelos',
        'La videollamada se cortó, ya te marco otra vez',
      ],
    },
  },
  {
    id: 'ROMANCE_FUTURE_ES',
    family: 'romance',
    stage: 'rapport',
    languages: ['es'],
    pattern:
      /\bpasar el resto de mi vida (?:contigo|con usted)|\bnuestro futuro juntos|\bconstruir (?:un futuro|una familia) (?:contigo|juntos)/u,
    description: 'Talk of a shared future with someone barely known.',
    reason: 'reason_romance_future',
    examples: {
      hit: ['Quiero pasar el resto de mi vida contigo', 'Ahorremos para nuestro futuro juntos, mi amor'],
      miss: [
        'El futuro de los niños es lo más importante',
        'Construir una casa cuesta mucho dinero hoy en día',
      ],
    },
  },
  {
    id: 'PLATFORM_MOVE_ES',
    family: 'platform_move',
    stage: 'platform',
    languages: ['es'],
    pattern:
      /\b(?:agr[eé]game|agr[eé]gueme|agrega|agregue|a[nñ][aá]deme|escr[ií]beme|escr[ií]bame|hablemos|contin[uú]emos|sigamos)\b[^\n]{0,25}\b(?:por|en|a|al)\s(?:whatsapp|telegram|wechat|signal|line)\b|\b(?:usas|tienes|tiene|usa|uses) (?:whatsapp|telegram|wechat|signal|line)\b[^\n]{0,50}\b(?:agr[eé]game|agr[eé]gueme|a[nñ][aá]deme|escr[ií]beme|escr[ií]bame|te agrego|hablamos (?:all[ií]|por ah[ií]|mejor))/u,
    description: 'Asks to move the chat to WhatsApp, Telegram or another app.',
    reason: 'reason_platform_move',
    examples: {
      hit: [
        'Casi no uso esta app, agrégame en WhatsApp',
        'Agregue a nuestra recepcionista en Telegram para recibir su pago',
        '¿Usas WhatsApp? Aquí casi no entro, agrégame y hablamos',
      ],
      miss: [
        'Te mando las fotos por el grupo de la familia',
        'WhatsApp se cayó otra vez esta mañana',
        '¿Usas WhatsApp o Telegram para el trabajo? Yo uso los dos',
      ],
    },
  },
  {
    id: 'INVEST_GUARANTEED_RETURN_ES',
    family: 'investment',
    stage: 'pitch',
    languages: ['es'],
    pattern:
      /(?<!\bno (?:hay|existe)[^\n]{0,40})\b(?:ganancias?|rendimientos?|retornos?|beneficios?|rentabilidad)\s(?:garantizad[oa]s?|asegurad[oa]s?|fij[oa]s?)\b|\bsin (?:ning[uú]n )?riesgo de p[eé]rdida|\b(?:es )?imposible perder\b|\d{1,3}(?:[.,]\d{1,2})?\s?% (?:fijo|garantizado|asegurado)\b[^\n]{0,25}(?:\bdiari[oa]s?\b|\bal d[ií]a\b|\bcada d[ií]a\b|\btodos los d[ií]as\b|\ba la semana\b|\bsemanal\b)|\b(?:moneda|token|cripto\p{L}{0,7}|proyecto)\b[^\n]{0,80}(?:\bse (?:va|van) a multiplicar|\bva a multiplicarse|\bse multiplicar[aá]n?|\bmultiplicar[aá]n?)(?!\p{L})[^\n]{0,25}\b(?:por|x) ?(?:diez|cinco|veinte|cien|mil|\d{1,4})(?!\p{L})/u,
    description: 'Promises guaranteed or fixed returns, or says the user cannot lose.',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: [
        'Te damos un 3% fijo todos los días en tu cuenta',
        'Este token se va a multiplicar por diez cuando salga en el exchange',
        'Ganancias garantizadas todos los días con esta plataforma',
        'Con mi método es imposible perder',
      ],
      miss: [
        'Hipoteca con un 2,5% fijo los primeros cinco años',
        'Este token se multiplicó por diez en 2021 y después se hundió',
        'No existe ninguna inversión con ganancias garantizadas, cuidado',
        'El rendimiento del fondo fue de 8% el año pasado',
      ],
    },
  },
  {
    id: 'INVEST_PERCENT_DAILY_ES',
    family: 'investment',
    stage: 'pitch',
    languages: ['es'],
    pattern:
      /\b(?:ganancias?|rendimientos?|retornos?|beneficios?|ganas|ganar[aá]s|ganamos|gano)\b[^\n]{0,25}\d{1,3}(?:[.,]\d{1,2})?\s?%\s?(?:diario|diaria|al d[ií]a|por d[ií]a|cada d[ií]a|semanal|a la semana|por semana|cada vez|por operaci[oó]n)/u,
    description: 'Profit quoted as a percentage per day or per week.',
    reason: 'reason_invest_percent_period',
    examples: {
      hit: [
        'Rendimiento del 4% diario, retiras cuando quieras',
        'Ganarás un 20% a la semana con el bot de trading',
      ],
      miss: ['La tasa del plazo fijo es 9% anual', 'El dólar subió 2% en un día'],
    },
  },
  {
    id: 'INVEST_MENTOR_ES',
    family: 'investment',
    stage: 'pitch',
    languages: ['es'],
    pattern:
      /\bmi (?:t[ií]o|t[ií]a|mentor|mentora|profesor|profesora|analista)\b[^\n]{0,60}\b(?:se[nñ]ales|informaci[oó]n privilegiada|informaci[oó]n interna)|\binformaci[oó]n privilegiada\b[^\n]{0,30}\b(?:cripto|bitcoin|acciones|oro|forex|trading)|\bmi (?:t[ií]o|t[ií]a|prim[oa]|herman[oa]|mentor[a]?|profesor[a]?|jefe|amig[oa])\b[^\n]{0,60}\b(?:fondo de inversi[oó]n|bolsa|wall street|banco de inversi[oó]n|corredur[ií]a|br[oó]ker|exchange|gestora|hedge fund)\b[^\n]{0,60}(?:antes que nadie|antes de que (?:salga|se publique|se anuncie|suba)|\bse entera\b|\b(?:me|nos) avisa de (?:qu[eé]|cu[aá]ndo|las)\b)|\b(?:tengo|tenemos) (?:un|una) (?:mentor[a]?|profesor[a]?|analista|maestr[oa]|tutor[a]?)\b[^\n]{0,80}\b(?:(?:me|nos) (?:pasa|manda|env[ií]a|da)(?:n)? (?:sus |las |cada d[ií]a (?:las |sus )?)?(?:se[nñ]ales|recomendaciones de (?:compra|inversi[oó]n))|no he perdido (?:ni )?una (?:sola )?operaci[oó]n)/u,
    description: 'An uncle, mentor or analyst with insider information or trading signals.',
    reason: 'reason_invest_mentor',
    examples: {
      hit: [
        'Mi tía es gestora en un fondo de inversión y se entera de todo antes que nadie',
        'Tengo una mentora que cada mañana me pasa sus señales de trading',
        'Mi tío trabaja en Wall Street y me da señales de trading',
        'Tengo información privilegiada sobre una cripto nueva',
      ],
      miss: [
        'Mi tía trabaja en un fondo de inversión y dice que no metamos los ahorros en cripto',
        'Tengo una profesora de piano que me manda ejercicios nuevos cada semana',
        'Mi tío viene a cenar el sábado',
        'Las señales de tránsito están mal puestas',
      ],
    },
  },
  {
    id: 'INVEST_CRYPTO_PLATFORM_ES',
    family: 'investment',
    stage: 'pitch',
    languages: ['es'],
    pattern:
      /\b(?:trading|operaciones) (?:de|con) contratos\b|\bcontratos? (?:de|por) segundos\b|\b(?:miner[ií]a|minar|staking|depositar?) (?:de )?usdt\b|\bpool de liquidez\b|\b(?:play store|app store|google play|tienda de (?:apps|aplicaciones))\b[^\n]{0,60}(?:\binstitucional(?:es)?\b|\bexclusiv[oa] para\b|\bs[oó]lo para (?:clientes|inversores|miembros|socios)\b|\bprivad[oa] para\b|\bpara inversores\b)|(?:\binstitucional(?:es)?\b|\bexclusiv[oa] para (?:clientes|inversores|miembros)\b)[^\n]{0,60}\b(?:play store|app store|google play)\b|\b(?:te|le) (?:abr[ií]|he abierto|hemos abierto|abrimos|cre[eé]|activ[eé])(?!\p{L})[^\n]{0,20}\bcuenta (?:vip |de inversor )?institucional\b|\bcuenta (?:vip |de inversor )?institucional\b[^\n]{0,80}\bc[oó]digo de (?:invitaci[oó]n|referido|referencia|registro)\b|\b(?:usdt|tether|usdc|cripto\p{L}{0,7}|bitcoin|btc|trc-?20|erc-?20)\b[^\n]{0,80}\b(?:direcci[oó]n|billetera|monedero|wallet)\b[^\n]{0,30}\bque (?:yo )?(?:te|le) (?:paso|doy|env[ií]o|mando|dar[eé]|pasar[eé]|enviar[eé]|mandar[eé]|indico|indicar[eé]|voy a (?:pasar|dar|enviar|mandar)|he (?:pasado|enviado|mandado|dado))(?!\p{L})|\b(?:env[ií]a|env[ií]e|transfiere|transfiera|manda|mande|deposita|deposite)(?:los|las|lo|la)?\b[^\n]{0,20}\b(?:usdt|tether|usdc)\b[^\n]{0,30}\b(?:a|en) (?:la|esta|este) (?:direcci[oó]n|billetera|monedero|wallet)\b/u,
    description: '"Contract trading", seconds contracts, USDT mining or liquidity pools.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'La app no está en Google Play porque es solo para clientes institucionales',
        'Te abrí una cuenta institucional, entra con el código que te mandé',
        'Compra bitcoin y mándalo a la dirección de billetera que te paso',
        'Transfiere los USDT a esta billetera y avísame',
        'Hago trading de contratos en esta plataforma y gano todos los días',
        'Solo tienes que depositar USDT en el pool de liquidez',
      ],
      miss: [
        'Descarga la app del banco en Google Play o en la App Store',
        'La cuenta institucional del ayuntamiento publica los avisos de tráfico',
        'Te paso la dirección de la fiesta por WhatsApp',
        'Guardo mis USDT en una billetera fría de Ledger',
        'Firmé el contrato de alquiler ayer',
        'El bitcoin bajó mucho esta semana',
      ],
    },
  },
  {
    id: 'INVEST_TEACH_ES',
    family: 'investment',
    stage: 'pitch',
    languages: ['es'],
    pattern:
      /\b(?:te|le) (?:ense[nñ]o|ense[nñ]ar[eé]|guiar[eé]|gu[ií]o) (?:a (?:invertir|operar|hacer trading)|paso a paso)|\bsigue mis instrucciones\b[^\n]{0,30}\b(?:ganar|ganancias?)|(?:\d{2,5}|cien|doscientos|quinientos) (?:d[oó]lares|euros|usdt|pesos)[^\n]{0,60}\b(?:yo )?(?:te|le) (?:gu[ií]o|guiar[eé]|ir[eé] diciendo|voy diciendo|ense[nñ]o|ense[nñ]ar[eé]|acompa[nñ]o|acompa[nñ]ar[eé])(?!\p{L})(?: (?:yo )?)?(?:paso a paso|qu[eé] hacer|en cada (?:paso|operaci[oó]n)|a (?:invertir|operar|retirar|ganar))/u,
    description: 'Offers to teach trading or to guide every trade.',
    reason: 'reason_invest_teach',
    examples: {
      hit: [
        'Mete 200 dólares y yo te voy diciendo qué hacer',
        'Empieza con 100 euros, te acompaño en cada operación',
        'No te preocupes, yo te enseño a invertir',
        'Sigue mis instrucciones y verás las ganancias',
      ],
      miss: [
        'Son 30 euros la clase y te enseño a tocar la guitarra',
        'Con 50 euros te enseño la ciudad entera',
        'Te enseño a hacer tortillas el domingo',
        'Sigue mis instrucciones para llegar a la casa',
      ],
    },
  },
  {
    id: 'INVEST_PROFIT_STORY_ES',
    family: 'investment',
    stage: 'pitch',
    languages: ['es'],
    pattern:
      /\b(?:invert[ií]|deposit[eé]|empec[eé] con|puse|comenc[eé] con)(?![a-záéíóúñ])[^\n]{0,30}?(?:(?:€|\$|us\$)\s?\d[\d.,]{0,9}|\d[\d.,]{0,9}\s?(?:€|\$|d[oó]lares|euros|usdt|pesos))[^\n]{0,60}?\b(?:retir[eé]|gan[eé]|recib[ií]|obtuve|saqu[eé]|cobr[eé])(?![a-záéíóúñ])[^\n]{0,20}?(?:(?:€|\$|us\$)\s?\d|\d[\d.,]{0,9}\s?(?:€|\$|d[oó]lares|euros|usdt|pesos)|\d{1,3}[.,]\d{3})/u,
    description: 'Spanish: a profit story, invested a small sum and withdrew a large one.',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: ['Invertí 500 dólares y en una semana retiré 6.000', 'deposité $300 y recibí $4.200 en diez días'],
      miss: ['invertí 20 euros en un libro y gané 2 horas de paz', 'puse 10 euros para la cena'],
    },
  },
  {
    id: 'INVEST_SMALL_START_ES',
    family: 'investment',
    stage: 'pitch',
    languages: ['es'],
    pattern:
      /\b(?:empieza|empiece|comienza|comience|prueba|pruebe)\b[^\n]{0,20}\b(?:con poco|con una cantidad peque[nñ]a|con un dep[oó]sito peque[nñ]o|con el m[ií]nimo)/u,
    description: 'Suggests starting with a small first deposit to "try".',
    reason: 'reason_invest_small_start',
    examples: {
      hit: [
        'Empieza con poco, 100 dólares, y verás que puedes retirar',
        'Pruebe primero con un depósito pequeño',
      ],
      miss: ['Empieza la película a las nueve', 'Prueba la sopa, está con poca sal'],
    },
  },
  {
    id: 'PAYMENT_WITHDRAWAL_FEE_ES',
    family: 'payment',
    stage: 'payment',
    languages: ['es'],
    pattern:
      /\b(?:impuestos?|comisi[oó]n|tarifa|dep[oó]sito de garant[ií]a|margen)\b[^\n]{0,40}\bantes de (?:poder )?(?:retirar|cobrar|liberar)|\bpara (?:poder )?(?:retirar|liberar) (?:sus|tus) (?:fondos|ganancias)\b[^\n]{0,30}\b(?:debe|debes|tiene que|tienes que) (?:pagar|depositar)|\bpara (?:poder )?(?:retirar|liberar|desbloquear|cobrar) (?:sus|tus|las|los|el|su|tu) (?:fondos|ganancias|beneficios|saldo|retiro|retirada)\b[^\n]{0,40}\b(?:debe|debes|tiene que|tienes que|necesita|necesitas|deber[aá]s?)\b[^\n]{0,20}\b(?:pagar|abonar|depositar|transferir)\b|\bretir(?:o|ada)\b[^\n]{0,40}\bpara (?:procesar|liberar|desbloquear|completar|habilitar|aprobar)(?:lo|la)?\b[^\n]{0,40}\b(?:pagar|abonar|depositar)\b[^\n]{0,30}\b(?:impuesto|tasa|comisi[oó]n|tarifa|garant[ií]a|dep[oó]sito)|\bpara (?:desbloquear|liberar|habilitar|activar|procesar) (?:el |su |tu |la )?(?:retiro|retirada)\b[^\n]{0,40}\b(?:dep[oó]sito|pagar|abonar|depositar|recargar|recarga)\b|\bmitad (?:del|de la) (?:impuesto|tasa|comisi[oó]n|tarifa)\b[^\n]{0,60}(?:\bretir\p{L}{0,4}|\bsac(?:ar|amos|arlo|arla)\b|\bliberar\b|\bdesbloquear\b)|\btampoco (?:puedo|pude|me dejan) (?:retirar|sacar)\b[^\n]{0,80}(?:\bimpuesto|\btasa\b|\bcomisi[oó]n|\bmitad\b)/u,
    description: 'A tax, fee or deposit must be paid before money can be withdrawn.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        'Para liberar su saldo debe abonar antes la comisión de servicio',
        'Su retiro está pendiente; para procesarlo debe pagar la tasa del 10%',
        'Para desbloquear el retiro haga un depósito de verificación',
        'Pongamos cada uno la mitad de la tasa y así lo sacamos todo',
        'Yo tampoco puedo retirar, nos piden la comisión a los dos',
        'Debe pagar el impuesto del 15% antes de retirar',
        'Para liberar tus fondos tienes que depositar una garantía',
      ],
      miss: [
        'Nos toca pagar la mitad del impuesto de la casa cada uno, ya lo hablé con el notario',
        'Para retirar en el cajero use su tarjeta y su PIN',
        'Yo tampoco puedo sacar entradas para el concierto, se agotaron',
        'El cajero cobra comisión por retirar en otro banco',
        'Pagaré los impuestos antes de abril',
      ],
    },
  },
  {
    id: 'PAYMENT_FROZEN_ES',
    family: 'payment',
    stage: 'payment',
    languages: ['es'],
    pattern:
      /\b(?:cuenta|fondos|saldo)\b[^\n]{0,15}\b(?:congelad[oa]s?|bloquead[oa]s?)\b[^\n]{0,40}\b(?:pagar|depositar|transferir|deposite|pague)|\bpuntaje de cr[eé]dito\b[^\n]{0,20}\b(?:bajo|insuficiente)|\b(?:sospecha|sospechos[oa]|indicios) de (?:lavado de dinero|blanqueo(?: de capitales)?)\b[^\n]{0,80}(?:\bdep[oó]sito\b|\bdepositar\b|\bpagar\b|\brecargar\b|\bmismo importe\b|\bmisma cantidad\b)|\b(?:dep[oó]sito|depositar|ingresar|recargar|pagar)\b[^\n]{0,40}\b(?:el mismo importe|la misma cantidad|igual cantidad|el mismo monto) (?:de|que) (?:su|tu) (?:saldo|balance|fondos|retiro)\b|\b\d{1,2} horas\b[^\n]{0,60}\b(?:fondos|saldo|ganancias|activos|dinero)\b[^\n]{0,15}\bser[aá]n? (?:confiscad|decomisad|congelad|bloquead|eliminad|retenid)[oa]s?\b/u,
    description: 'Account frozen or credit score too low until the user pays.',
    reason: 'reason_payment_frozen',
    examples: {
      hit: [
        'Detectamos sospecha de lavado de dinero, haga un depósito para verificar su cuenta',
        'Debe ingresar el mismo importe de su saldo para validar la retirada',
        'Si no paga en 24 horas sus fondos serán confiscados',
        'Su cuenta está congelada, debe depositar 500 USDT para desbloquearla',
        'Su puntaje de crédito es insuficiente para retirar',
      ],
      miss: [
        'La policía investiga a la empresa por sospecha de blanqueo de capitales',
        'Deposite la misma cantidad que el mes pasado en la cuenta de la comunidad',
        'En 24 horas el saldo será actualizado en tu cuenta',
        'Me bloquearon la tarjeta por meter mal el NIP',
        'La cuenta de Netflix está bloqueada, cambia la contraseña',
      ],
    },
  },
  {
    id: 'PAYMENT_UPGRADE_ES',
    family: 'payment',
    stage: 'payment',
    languages: ['es'],
    pattern:
      /\b(?:deposita|deposite|recarga|recargue)\b[^\n]{0,30}\b(?:para (?:subir de nivel|desbloquear|mejorar a vip|activar))|\bsube a (?:nivel )?vip\b|\bpara (?:subir|pasar|ascender) (?:a|al) (?:nivel )?vip\b[^\n]{0,40}\b(?:depositar|deposita|recargar|recarga|ingresar)\b|\b(?:suba|ascienda|mejore|mejora) (?:a|al) (?:nivel )?vip\b|\bnivel vip\b[^\n]{0,40}\b(?:retiro|retirar|retirada|liberar|desbloquear)\b/u,
    description: 'Asks for a deposit to upgrade (VIP) or unlock an account or tasks.',
    reason: 'reason_payment_upgrade',
    examples: {
      hit: [
        'Suba a nivel VIP para liberar su dinero',
        'Con el nivel VIP podrá retirar sin límite',
        'Deposita 300 dólares para subir de nivel y ganar más',
        'Recargue para desbloquear la siguiente tarea',
        'Para subir a VIP tienes que depositar 5.000 dólares más',
      ],
      miss: [
        'El nivel VIP del gimnasio incluye sauna',
        'Mejora tu plan de datos cuando quieras',
        'Recarga el celular antes de salir',
        'Deposita la renta el día primero',
        'Para subir a VIP en el juego tienes que jugar más partidas',
      ],
    },
  },
  {
    id: 'TASK_PAID_TASKS_ES',
    family: 'task',
    stage: 'pitch',
    languages: ['es'],
    pattern:
      /\b(?:dar (?:me gusta|like)|dale like|dar like|das (?:me gusta|likes?)|dando (?:me gusta|likes?)|seguir cuentas|suscribirse|rese[nñ]as?|calificar)\b[^\n]{0,60}\b(?:se le pagar[aá]|te pagamos|le pagamos|pagamos|gan(?:a|as|ar)|comisi[oó]n)|\bpagar para aumentar (?:las |los |sus )?(?:suscripciones|seguidores|visualizaciones|vistas|rese[nñ]as)|\b(?:te pagamos|le pagamos|pagamos|te pagan|le pagan|ganas|gana|cobras|cobra)\b[^\n]{0,30}\b(?:por|cada) (?:cada )?(?:captura|like|me gusta|seguidor|perfil|canal|rese[nñ]a)\b|\b(?:seguir|sigue|siga)\b[^\n]{0,15}\b(?:perfiles|canales|cuentas|p[aá]ginas)\b[^\n]{0,60}\b(?:captura|pantallazo|te pag|le pag|pagamos)/u,
    description: 'Pay for likes, follows or reviews.',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: [
        'Te pagamos por cada captura que nos envíes',
        'Solo tienes que seguir canales de YouTube y mandar captura',
        'Trabajo desde casa: solo das like a videos de YouTube y ganas 5 dólares por tarea',
        'Solo necesita dar me gusta a un video de YouTube y enviar captura, se le pagará',
        'Por cada reseña de hotel ganas 50 pesos',
        'Trabajo desde casa dando likes a videos, gana 40 dólares al día',
        'Las marcas están dispuestas a pagar para aumentar sus seguidores, y usted recibe una parte',
      ],
      miss: [
        'Te pagamos por cada hora extra el mes que viene',
        'Hay que seguir varias cuentas de noticias para estar informado',
        'Dale like a mi foto nueva',
        'Las reseñas del restaurante son muy buenas',
      ],
    },
  },
  {
    id: 'TASK_DAILY_EARNINGS_ES',
    family: 'task',
    stage: 'pitch',
    languages: ['es'],
    pattern:
      /\b(?:trabajo|empleo) (?:de|a) (?:medio tiempo|tiempo parcial)\b[^\n]{0,80}\b(?:desde (?:casa|tu celular|su tel[eé]fono)|solo necesita (?:un|su) (?:celular|tel[eé]fono)|al d[ií]a|diarios?|no interferir[aá]|no afecta)|\b(?:gana|ganar|salario diario)\b[^\n]{0,30}\b(?:al d[ií]a|diarios?)\b[^\n]{0,40}\bdesde (?:casa|tu celular)/u,
    description: 'Part-time work from a phone that pays every day.',
    reason: 'reason_task_daily_earnings',
    examples: {
      hit: [
        'Es un trabajo de medio tiempo que no interferirá con su otro trabajo',
        'Gana 2000 pesos al día desde casa, solo con tu celular',
        'Le ofrecemos un empleo a tiempo parcial que no afecta su horario actual',
      ],
      miss: ['Busco trabajo de medio tiempo en una cafetería', 'Trabajo desde casa los viernes'],
    },
  },
  {
    id: 'TASK_TOP_UP_ES',
    family: 'task',
    stage: 'payment',
    languages: ['es'],
    pattern:
      /\b(?:tarea|misi[oó]n|pedido)s? (?:combinad[oa]|especial|pagad[oa]|de bienestar)\b[^\n]{0,40}\b(?:deposit|recarg|pag)|\b(?:deposit|recarg|pag)\w{0,4}\b[^\n]{0,30}\bpara (?:completar|desbloquear|continuar) (?:la|las) tareas?\b|\b(?:pedido|orden|tarea)s? (?:de lujo|combinad[oa]s?|premium|dorad[oa]s?|de la suerte|especiales)\b[^\n]{0,80}\b(?:recarg|deposit|negativ)|\bcomisi[oó]n\b[^\n]{0,60}\b(?:a tu|a su) (?:saldo|cuenta)\b[^\n]{0,40}\b(?:siguiente|pr[oó]ximo|nuevo) (?:grupo|conjunto|set|lote|ronda|bloque|pedido)\b/u,
    description: 'Asks to top up or prepay to complete or unlock tasks.',
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        'Le tocó un pedido de lujo, su saldo es negativo y debe recargar',
        'Ya se sumó la comisión a tu saldo, pasa al siguiente conjunto',
        'Le tocó una tarea combinada, debe depositar 200 dólares para continuar',
        'Recargue 1000 pesos para completar la tarea',
      ],
      miss: [
        'Tu pedido de lujo llega el martes a la tienda',
        'Se añadió la comisión de ventas a tu cuenta de nómina',
        'La tarea de matemáticas es para el lunes',
        'Pagué la colegiatura para que pueda continuar',
      ],
    },
  },
  {
    id: 'RECOVERY_SHILL_ES',
    family: 'recovery',
    stage: 'payment',
    languages: ['es'],
    pattern:
      /\b(?:expert[oa]|especialista|agente|hacker|equipo|empresa) (?:en|de) (?:la )?(?:recuperaci[oó]n|recuperar)(?!\p{L})[^\n]{0,80}?\b(?:recuper[eé]|me devolvi[oó]|me ayud[oó] a recuperar)(?!\p{L})|\b(?:gracias a|con la ayuda de)\b[^\n]{0,60}?\brecuper[eé] (?:todo )?(?:mi|mis) (?:dinero|fondos|criptomonedas|inversi[oó]n)(?!\p{L})/u,
    description: 'Spanish: the recovery shill, "thanks to a recovery expert I got all my money back".',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'Perdí 20.000 dólares en una plataforma falsa, pero gracias a un experto en recuperación recuperé todo mi dinero',
        'con la ayuda de un hacker recuperé mis fondos, escríbele',
      ],
      miss: [
        'gracias a mi fisioterapeuta recuperé la movilidad',
        'la empresa de recuperación de datos salvó mis fotos',
      ],
    },
  },
  {
    id: 'PAYMENT_CREDIT_SCORE_ES',
    family: 'payment',
    stage: 'payment',
    languages: ['es'],
    pattern:
      /\b(?:puntaje|puntuaci[oó]n|calificaci[oó]n|puntos) de cr[eé]dito\b[^\n]{0,40}?\d{1,3}[^\n]{0,60}?\b(?:deposit|recarg|pag)\p{L}{0,6}[^\n]{0,60}?\b(?:retirar|retiro|retirada)(?!\p{L})|\b(?:puntaje|puntuaci[oó]n|calificaci[oó]n|puntos|nivel) de cr[eé]dito\b[^\n]{0,80}?\bretir\p{L}{0,4}[^\n]{0,60}?\b(?:deposit|recarg)\p{L}{0,6}|\b(?:puntaje|puntuaci[oó]n|nivel) de cr[eé]dito\b[^\n]{0,30}\b(?:insuficiente|demasiado baj[oa]|muy baj[oa]|no es suficiente)\b[^\n]{0,60}\b(?:retir|deposit|recarg)/u,
    description:
      "Spanish: the platform's credit score given as a number, with a deposit demanded before withdrawing.",
    reason: 'reason_payment_frozen',
    examples: {
      hit: [
        'Su puntuación de crédito no permite retiros, recargue para restaurarla',
        'Su nivel de crédito es demasiado bajo, debe recargar para continuar',
        'Tu puntaje de crédito es 60, debes depositar 10.000 USDT para poder retirar',
        'su puntuación de crédito bajó a 70, recargue 5000 para habilitar el retiro',
      ],
      miss: [
        'Mi puntuación de crédito es baja y el banco no me da la hipoteca',
        'Con buena puntuación de crédito te dan mejores intereses',
        'mi puntaje de crédito es 720, el banco me pidió un depósito para la hipoteca',
        'puedo retirar dinero del cajero sin comisión',
      ],
    },
  },
  {
    id: 'RECOVERY_OFFER_ES',
    family: 'recovery',
    stage: 'related',
    languages: ['es'],
    pattern:
      /\b(?:recuperamos|recuperar|recuperaremos|podemos recuperar)\b[^\n]{0,25}\b(?:su|tu|el|sus|tus) (?:dinero|fondos|criptomonedas|inversi[oó]n)\b[^\n]{0,40}\b(?:estafa|estafad[oa]|fraude|perdid[oa])|\b(?:hemos recuperado|recuperamos|podemos recuperar|recuperaremos)\b[^\n]{0,25}\b(?:su|tu|sus|tus) (?:dinero|fondos|criptomonedas|inversi[oó]n)\b[^\n]{0,60}\b(?:pagar|abonar|comisi[oó]n|tarifa|honorarios|impuesto)|\b(?:recupera(?:mos|n)?|recuperaci[oó]n de) (?:sus |tus |los )?(?:fondos|dinero|criptomonedas|inversiones) (?:perdid[oa]s|robad[oa]s|estafad[oa]s)(?!\p{L})[^\n]{0,60}?\b(?:cont[aá]ctenos|cont[aá]ctanos|escr[ií]benos|escr[ií]banos|whatsapp|telegram|mensaje)/u,
    description: 'Promises to recover money lost to a scam, usually for a fee.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'Somos una empresa que recupera fondos perdidos en estafas de criptomonedas, contáctenos',
        'Hemos recuperado sus fondos perdidos, para liberarlos debe pagar una comisión',
        'Recuperamos su dinero perdido en estafas de cripto, 100% garantizado',
        'Nuestro equipo puede recuperar tus fondos del fraude en 48 horas',
      ],
      miss: [
        'La policía recupera fondos robados a jubilados, informa la prensa',
        'La policía pide a las víctimas de estafa que denuncien',
        'Por fin pude recuperar mi cuenta de correo',
      ],
    },
  },
  {
    id: 'IMPERSONATION_RELATIVE_ES',
    family: 'impersonation',
    stage: 'related',
    languages: ['es'],
    pattern:
      /\b(?:mam[aá]|pap[aá]|ma|pa)(?!\p{L})[^\n]{0,20}\b(?:este es mi (?:nuevo )?n[uú]mero|cambi[eé] de n[uú]mero|es mi n[uú]mero nuevo)\b[^\n]{0,60}\b(?:transfer|deposit|pr[eé]stam|dinero|pagar)/u,
    description: 'A "son" or "daughter" on a new number asks for money.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: [
        'Hola mamá, este es mi número nuevo, ¿me puedes transferir para pagar una factura?',
        'Pa, cambié de número, necesito dinero urgente',
      ],
      miss: ['Mamá, este es mi número nuevo, guárdalo', 'Papá, ¿me pasas la receta del pozole?'],
    },
  },
  {
    id: 'IMPERSONATION_AUTHORITY_ES',
    family: 'impersonation',
    stage: 'related',
    languages: ['es'],
    pattern:
      /\b(?:su|tu) (?:cuenta|nombre|identidad|rfc|dni)\b[^\n]{0,30}\b(?:vinculad[oa]|relacionad[oa]|involucrad[oa])\b[^\n]{0,20}\b(?:lavado de dinero|narcotr[aá]fico|delito|investigaci[oó]n)/u,
    description: 'Police-style threat: your account or identity is linked to a crime.',
    reason: 'reason_impersonation_authority',
    examples: {
      hit: [
        'Su cuenta está vinculada a una investigación por lavado de dinero',
        'Tu nombre aparece relacionado con un delito fiscal',
      ],
      miss: [
        'Detienen a red de lavado de dinero en Jalisco',
        'Tu cuenta está vinculada a tu correo de la escuela',
      ],
    },
  },
  {
    id: 'PRIZE_WINNER_ES',
    family: 'prize',
    stage: 'related',
    languages: ['es'],
    pattern:
      /\b(?:felicidades|felicitaciones|enhorabuena)\b[^\n]{0,60}\b(?:has sido (?:seleccionad|elegid)|ha sido (?:seleccionad|elegid)|ganaste|ha ganado|ganador)|\b(?:ganador|premio)\b[^\n]{0,40}\b(?:reclam|cobrar el premio|pague el env[ií]o|impuesto)/u,
    description: 'A prize or lottery the user never entered.',
    reason: 'reason_prize',
    examples: {
      hit: [
        '¡Felicidades! Ha sido seleccionado para recibir un iPhone',
        'Usted es el ganador, para reclamar el premio pague el envío',
      ],
      miss: ['Felicidades por tu graduación, hermana', 'El premio Nobel de literatura se anuncia hoy'],
    },
  },
  {
    id: 'PHISHING_ACCOUNT_ES',
    family: 'phishing',
    stage: 'related',
    languages: ['es'],
    pattern: new RegExp(
      String.raw`\b(?:verifique|verifica|actualice|actualiza|confirme|confirma|reactive)\b[^\n]{0,40}\b(?:cuenta|datos|tarjeta|identidad)\b[^\n]{0,40}(?:\ben el (?:siguiente )?enlace\b|\bingrese a\b|\bhaga clic\b|${PACK_LINK})`,
      'u',
    ),
    description: 'Asks to verify or update an account or card through a link (a URL or a bare host name).',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'Su tarjeta fue suspendida, verifique sus datos en el siguiente enlace',
        'Actualice su cuenta ahora https://bbva-seguridad.example',
        'Detectamos un acceso inusual. Confirme su identidad en santander-alertas.info para evitar el bloqueo',
      ],
      miss: ['Tu banco nunca te pedirá verificar datos por SMS', 'Confirma si vienes a la cena del viernes'],
    },
  },
  {
    id: 'LOAN_FEE_ES',
    family: 'loan',
    stage: 'related',
    languages: ['es'],
    pattern:
      /\b(?:pr[eé]stamo|cr[eé]dito)\b[^\n]{0,60}\b(?:aprobado|preaprobado)\b[^\n]{0,60}\b(?:pag|deposit|transfier)[^\n]{0,30}\b(?:comisi[oó]n|seguro|gastos|apertura|anticipo)/u,
    description: 'A pre-approved loan that needs a fee or deposit first.',
    reason: 'reason_loan_fraud',
    examples: {
      hit: [
        'Su préstamo fue aprobado, solo debe depositar la comisión de apertura',
        'Crédito preaprobado de 50 mil, pague el seguro para liberarlo',
      ],
      miss: ['Me aprobaron el crédito hipotecario en el banco', 'El préstamo del coche lo pago en 36 meses'],
    },
  },
  {
    id: 'PAYMENT_SECRECY_ES',
    family: 'payment',
    stage: 'payment',
    languages: ['es'],
    pattern:
      /\bno (?:le )?(?:digas|diga|cuentes|cuente|comentes|comente|expliques|explique)\b[^\n]{0,20}\b(?:al banco|a tu banco|a su banco|en el banco|al cajero|a los empleados del banco)\b/u,
    description: 'Tells the user not to tell the bank (staff) what the money is for.',
    reason: 'reason_secrecy',
    examples: {
      hit: [
        'Si te preguntan, no le digas al banco que es para una inversión',
        'No comente en el banco el motivo de la transferencia',
      ],
      miss: ['El banco nunca te pedirá tu NIP', 'Avísale al banco que perdiste la tarjeta'],
    },
  },
  {
    id: 'PAYMENT_URGENCY_ES',
    family: 'payment',
    stage: 'payment',
    languages: ['es'],
    pattern:
      /\b(?:en|dentro de) (?:las )?(?:pr[oó]ximas )?\d{1,2} horas\b[^\n]{0,40}\b(?:pag|deposit|transfier|transfer)\w{0,5}\b[^\n]{0,40}(?:\bperder|\bse cancelar|\bser[aá] bloquead|\bse congelar)/u,
    description: 'Pay within hours or lose the money or the account.',
    reason: 'reason_payment_urgency',
    examples: {
      hit: [
        'En las próximas 24 horas debe depositar, o perderá todos sus fondos',
        'Dentro de 3 horas transfiere el impuesto o la cuenta se congelará',
      ],
      miss: ['El depósito tarda 24 horas en reflejarse', 'En 2 horas te transfiero lo de la cena'],
    },
  },
  {
    id: 'OPENER_STRANGER_ES',
    family: 'opener',
    stage: 'opener',
    languages: ['es'],
    pattern:
      /\b(?:vi|encontr[eé]) (?:tu|su) (?:perfil|foto)\b[^\n]{0,30}(?:\bme gust|\bme llam[oó] la atenci[oó]n|\bquisiera conocer|\bpodemos ser amigos)/u,
    description: 'An unknown sender writes after "seeing your profile or photo".',
    reason: 'reason_opener_stranger',
    examples: {
      hit: [
        'Hola, vi tu perfil y me gustó mucho tu sonrisa',
        'Encontré su foto en Facebook, quisiera conocerle',
      ],
      miss: ['Vi tu foto del viaje, ¡qué bonito!', 'Actualiza tu perfil antes del viernes'],
    },
  },
  {
    id: 'TASK_HANDOFF_ES',
    family: 'task',
    stage: 'platform',
    languages: ['es'],
    pattern:
      /\b(?:agrega|agregue|a[nñ]ade|a[nñ]ada|contacta|contacte|escribe|escriba)\b[^\n]{0,25}\b(?:recepcionista|asistente|supervisor|supervisora|tutor|tutora|coordinador|coordinadora)\b[^\n]{0,30}\b(?:en|por) (?:telegram|whatsapp)\b/u,
    description:
      'The task-scam hand-off: add "our receptionist/supervisor" on Telegram or WhatsApp to get paid or join the task group.',
    reason: 'reason_task_job_offer',
    examples: {
      hit: [
        'Agregue a nuestra recepcionista en Telegram para recibir sus primeros 100 pesos',
        'Contacta a tu supervisora por WhatsApp para empezar las tareas',
      ],
      miss: [
        'Agrega a la asistente de la doctora en copia del correo',
        'Escribe a tu tutor por correo si tienes dudas',
      ],
    },
  },
  {
    id: 'PHISHING_DELIVERY_ES',
    family: 'phishing',
    stage: 'related',
    languages: ['es'],
    pattern: new RegExp(
      String.raw`\b(?:paquete|env[ií]o|pedido|entrega)(?!\p{L})[^\n]{0,50}(?:retenid[oa]|no (?:se )?(?:ha )?(?:pudo|podido) (?:ser )?entregar|direcci[oó]n (?:incompleta|incorrecta|err[oó]nea)|aranceles|tasas? de aduana|pendiente de pago)[^\n]{0,80}(?:\bpague\b|\babone\b|\bactualice\b|\bconfirme\b|\breprograme\b|\bhaga clic\b|${PACK_LINK})`,
      'u',
    ),
    description:
      'A parcel is held or cannot be delivered (address, customs duty, an unpaid fee) and the user must pay or update details through a link.',
    reason: 'reason_phishing_delivery',
    examples: {
      hit: [
        'Su envío no pudo ser entregado por dirección incompleta, actualice sus datos en envios-correos.info',
        'Paquete retenido en aduana: abone 2,99 € de tasas de aduana en https://dhl-es.example',
      ],
      miss: [
        'Su paquete ha sido entregado en conserjería',
        'El pedido está retenido por la huelga de transportes, llega el lunes',
      ],
    },
  },
  {
    id: 'PAYMENT_BORROW_ES',
    family: 'payment',
    stage: 'payment',
    languages: ['es'],
    pattern:
      /\b(?:pide|pida|p[ií]dele|saca|saque|solicita|solicite)\b[^\n]{0,20}\b(?:un )?(?:pr[eé]stamo|cr[eé]dito)\b[^\n]{0,80}(?:\bnuestro futuro\b|\bnuestra vida juntos\b|\bla casa que so[nñ]amos\b|\bunos d[ií]as\b|\buna semana\b|\bcon las ganancias\b|\bpara (?:retirar|invertir|desbloquear)\b)/u,
    description: 'A partner asks the user to take out a bank loan "for our future", to be repaid in days.',
    reason: 'reason_payment_loan_request',
    examples: {
      hit: [
        'Pide un préstamo al banco, amor, es para nuestro futuro',
        'Saca un crédito rápido, lo devolvemos con las ganancias',
      ],
      miss: [
        'Pedimos un préstamo para el coche y lo pagamos en cinco años',
        'Solicita un crédito en el banco si quieres reformar la cocina',
      ],
    },
  },
];
