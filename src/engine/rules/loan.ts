import type { Rule } from '../types.ts';

/** Loan fraud: easy loans that need a fee, deposit or "unfreezing" payment first. */
export const LOAN_RULES: readonly Rule[] = [
  {
    id: 'LOAN_FEE',
    family: 'loan',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:loan|credit|financing)\b[^.?!\n]{0,80}\b(?:processing|insurance|activation|unfreez(?:e|ing)|security|upfront|advance|approval) (?:fee|deposit|payment)|(?<!letter of )\b(?:loan|credit(?! cards?\b))\b[^.?!\n]{0,40}\b(?:(?<!(?:must|to|should|will|would|could|can|cannot|not) be )approved|guaranteed|instant|no credit check|without collateral|bad credit ok)\b/,
    description:
      'A loan that is "approved" or "guaranteed" or needs an upfront fee (not one that still has to be approved, nor a letter of credit).',
    reason: 'reason_loan_fraud',
    examples: {
      hit: [
        'your loan is approved, pay the processing fee first',
        'loan instant, no credit check, whatsapp us',
      ],
      miss: [
        'your credit card security is guaranteed on our booking site',
        'I paid off my student loan',
        'credit card bill is due',
        'the letter of credit must be approved before the first delivery',
        'the loan still has to be approved by the bank',
      ],
    },
  },
  {
    id: 'LOAN_FEE_ZH',
    family: 'loan',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:贷款|貸款|借款|网贷|網貸|额度|額度|下款|放款|借呗|借唄|微粒贷|微粒貸)[^\n]{0,60}(?:手续费|手續費|保证金|保證金|解冻|解凍|刷流水|验资|驗資|费用|費用|先交|激活|会员费|會員費|冻结|凍結|注销|註銷|关闭|關閉|征信|徵信)|(?:无视征信|無視征信|黑户|黑戶)(?:也)?(?:可|能)?(?:贷|貸|借|下款)/,
    description: 'Chinese: loans with fees, deposits, "unfreezing" or credit-record threats.',
    reason: 'reason_loan_fraud',
    examples: {
      hit: ['贷款已审批，需要先交保证金', '黑户也能贷，秒到账'],
      miss: ['房贷已还清', '今天去银行办卡'],
    },
  },
  {
    id: 'LOAN_OFFER_ZH',
    family: 'loan',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:贷款|貸款|借款|借贷|借貸)(?:平台|公司|app|客服|专员|專員)|(?:提供|办理|辦理)[^\n]{0,10}(?:贷款|貸款|借款)/,
    description: 'Chinese: an unsolicited loan platform or agent.',
    reason: 'reason_loan_fraud',
    examples: {
      hit: ['您好，我们是正规借款平台', '某某贷款专员为您服务'],
      miss: ['他向银行申请了房贷', '借书证丢了'],
    },
  },
  {
    id: 'LOAN_OFFER_ACTION_ZH',
    family: 'loan',
    stage: 'related',
    languages: ['zh'],
    meta: { all: ['LOAN_OFFER_ZH'], any: ['__ZH_ACTION', 'PLATFORM_MOVE_REQUEST_ZH', '__ZH_PRETEXT'] },
    description:
      'Chinese: a loan agent who asks to add them, install an app, transfer, or cites frozen funds or credit records.',
    reason: 'reason_loan_fraud',
    examples: {
      hit: ['借款平台客服提醒：请添加企业微信并下载APP办理', '借款平台客服：您的账户异常被冻结'],
      miss: ['他向银行申请了房贷', '贷款公司在二楼'],
    },
  },
];
