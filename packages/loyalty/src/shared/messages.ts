import { defineMessages } from '@journeykit/ui'

/** Messages more than one loyalty block uses. */
export const sharedMessages = defineMessages({
  en: {
    'loyalty.missing': '{points} to go',
    'loyalty.requiresTier': 'Unlocks at {tier}',
    'loyalty.noRewards': 'No rewards available right now.',
    'loyalty.points': { one: '{count} point', other: '{count} points' },
    'loyalty.copied': 'Copied',
    'loyalty.copyFailed': 'Could not copy. Select the text and copy it yourself.',
    'loyalty.newTab': '(opens in a new tab)',
  },
  de: {
    'loyalty.missing': 'Noch {points}',
    'loyalty.requiresTier': 'Ab Stufe {tier}',
    'loyalty.noRewards': 'Derzeit sind keine Prämien verfügbar.',
    'loyalty.points': { one: '{count} Punkt', other: '{count} Punkte' },
    'loyalty.copied': 'Kopiert',
    'loyalty.copyFailed': 'Kopieren nicht möglich. Markieren Sie den Text und kopieren Sie ihn selbst.',
    'loyalty.newTab': '(öffnet in einem neuen Tab)',
  },
  'zh-CN': {
    'loyalty.missing': '还差 {points}',
    'loyalty.requiresTier': '{tier}等级解锁',
    'loyalty.noRewards': '目前没有可兑换的奖励。',
    'loyalty.points': '{count} 积分',
    'loyalty.copied': '已复制',
    'loyalty.copyFailed': '无法复制。请选中文本后手动复制。',
    'loyalty.newTab': '（在新标签页中打开）',
  },
  ro: {
    'loyalty.missing': 'Încă {points}',
    'loyalty.requiresTier': 'Se deblochează la {tier}',
    'loyalty.noRewards': 'Momentan nu există recompense disponibile.',
    'loyalty.points': { one: '{count} punct', few: '{count} puncte', other: '{count} de puncte' },
    'loyalty.copied': 'Copiat',
    'loyalty.copyFailed': 'Nu s-a putut copia. Selectează textul și copiază-l manual.',
    'loyalty.newTab': '(se deschide într-o filă nouă)',
  },
})
