/**
 * Traditional Chinese folded to Simplified, one character for one character, so that every Chinese
 * rule reads both scripts. The table holds the Traditional forms common in messages (money, accounts,
 * platforms, family, romance, police and courts); each maps to the Simplified form of the same
 * character. The same fold is applied to the text (normalize) and to every rule pattern (compile),
 * so a rule written in either script matches text in either, and Japanese kanji, which share many
 * Traditional forms, stay consistent on both sides. A one-for-one fold keeps every offset, so a
 * reason's matched span still points at the user's own characters.
 */
const TRAD =
  '乾亂亞來侖係倆倉個們倫偉側偵偽傑備傭傳債傷傾僅僱價儀億儘償優儲兇兌兒內兩冊凍凜凱別刪則剎剛劃劇劍劵勁動務勝勞勢勳勵勸匯區協卻厲參叢吳員問啟喚喪單嗎嘆嘗噸嚴囉國圍圓圖團執堅報場塊塗塵墜墳壇壓壞壯夠夢夥夾奪奮娛婦媽嬰孫學實寧審寫寬寵寶將專尋對導屆層屬島嶺帥師帳帶幣幫幹幾廠廢廣廳張強彈後徑從復徵恆惡惱愛態慘慣慶憂憑憶應懶懷戀戰戲戶拋掃掛採揀換損搖搶擁擇擊擋擔據擬擴攝敗敵數斷時暢暫曆曉書會東條業極榮構槍樂樓標樣樹橋機檔檢權歐歡歲歷歸殘殺殼毀氣氫決沒淚減測湊湯準溝溫滅滙滾滿漁漢漲潔潛澤濃濕濟濱瀏灑灣災為烏無煉煙熱熾燈營爛爭爲爺爾牆牽犧狀猶獎獨獲獵獻玀現瑣瑪環璽瓊產畝畢畫異當疊痠瘋療癢發皺盃盜盡監盤眾睏睜瞭矯碩確碼礙礦祕禍禪禮禱秈稅種稱穀積穩穫窩窮窯竄竊競筆筍節範築篩簍簡簽籃籌籤粵糞糧糾紀約紅紋納紐純紙級紛紮細紹終組結絕絡給絨統絲綁經綜綠維網綿緊緒線緣編緩練緻縣縫縮總績織繡繩繫繳繼續纖罈罰罷羅羨義習翹聖聞聯聰聲職聽肅脅脈脫腦腳膚膠臉臟臨臺與興舉舊艙艦艱芻莊華萬葉蓋蔣蔥蕩薦藉藍藝藥蘇蘋蘭處虛號虧蝦蟬蟲衊術衛衝袞補裝製複襪襲見規覓視親覺覽觀訂訃計訊訓託記訪設許訴診詐評詞詢試詩詭話該詳誇認誘語誠誤說誰課調談請諒論諮諾謀謊謎講謝謹證識譜譯議護讀變讓讚豎豐貓貝負財貢貧貨販貪責貴買貸費貼貿賀資賓賞賠賣賦質賬賭賴賺購賽贈贊贏贓趕趙趨跡踐踴蹟車軌軍軟較載輔輕輛輩輪輯輸轉轎辦辭辯農迴逕這週遊運過遙遞遠適遲遷選遺遼還邊郵鄉鄭鄰醜醫醬釋針鈔鉅銀銅銷鋁鋪鋼錄錢錦錫錯錶鍋鍛鍵鎊鎖鎮鏈鏟鏡鐘鐵鑄鑑鑰鑽長門閃閉開閒間閣閱闆闊闖關陣陰陳陸陽隊階際隨險隱隸雖雙雛雜雞離難雲電霧靈靜韌韓響頁頂項順須頌預頒頓頗領頭頸頻顆題額顏顛類顧顯風颱飄飛飯飲餅養餘館饒馬駐騎騙騰騷驅驕驗驚骯髒體髮鬆鬍鬥鬧魚魯鮮鳥鴨鵝鷹麗麥麵麼黃點黨黴齊齒齡龍';
const SIMP =
  '干乱亚来仑系俩仓个们伦伟侧侦伪杰备佣传债伤倾仅雇价仪亿尽偿优储凶兑儿内两册冻凛凯别删则刹刚划剧剑券劲动务胜劳势勋励劝汇区协却厉参丛吴员问启唤丧单吗叹尝吨严啰国围圆图团执坚报场块涂尘坠坟坛压坏壮够梦伙夹夺奋娱妇妈婴孙学实宁审写宽宠宝将专寻对导届层属岛岭帅师账带币帮干几厂废广厅张强弹后径从复征恒恶恼爱态惨惯庆忧凭忆应懒怀恋战戏户抛扫挂采拣换损摇抢拥择击挡担据拟扩摄败敌数断时畅暂历晓书会东条业极荣构枪乐楼标样树桥机档检权欧欢岁历归残杀壳毁气氢决没泪减测凑汤准沟温灭汇滚满渔汉涨洁潜泽浓湿济滨浏洒湾灾为乌无炼烟热炽灯营烂争为爷尔墙牵牺状犹奖独获猎献猡现琐玛环玺琼产亩毕画异当叠酸疯疗痒发皱杯盗尽监盘众困睁了矫硕确码碍矿秘祸禅礼祷籼税种称谷积稳获窝穷窑窜窃竞笔笋节范筑筛篓简签篮筹签粤粪粮纠纪约红纹纳纽纯纸级纷扎细绍终组结绝络给绒统丝绑经综绿维网绵紧绪线缘编缓练致县缝缩总绩织绣绳系缴继续纤坛罚罢罗羡义习翘圣闻联聪声职听肃胁脉脱脑脚肤胶脸脏临台与兴举旧舱舰艰刍庄华万叶盖蒋葱荡荐借蓝艺药苏苹兰处虚号亏虾蝉虫蔑术卫冲衮补装制复袜袭见规觅视亲觉览观订讣计讯训托记访设许诉诊诈评词询试诗诡话该详夸认诱语诚误说谁课调谈请谅论咨诺谋谎谜讲谢谨证识谱译议护读变让赞竖丰猫贝负财贡贫货贩贪责贵买贷费贴贸贺资宾赏赔卖赋质账赌赖赚购赛赠赞赢赃赶赵趋迹践踊迹车轨军软较载辅轻辆辈轮辑输转轿办辞辩农回径这周游运过遥递远适迟迁选遗辽还边邮乡郑邻丑医酱释针钞巨银铜销铝铺钢录钱锦锡错表锅锻键镑锁镇链铲镜钟铁铸鉴钥钻长门闪闭开闲间阁阅板阔闯关阵阴陈陆阳队阶际随险隐隶虽双雏杂鸡离难云电雾灵静韧韩响页顶项顺须颂预颁顿颇领头颈频颗题额颜颠类顾显风台飘飞饭饮饼养余馆饶马驻骑骗腾骚驱骄验惊肮脏体发松胡斗闹鱼鲁鲜鸟鸭鹅鹰丽麦面么黄点党霉齐齿龄龙';

const FOLD = new Map<string, string>();
for (let i = 0; i < TRAD.length; i++) FOLD.set(TRAD[i] as string, SIMP[i] as string);

/** The Simplified form of one Han character, or the character itself. */
export function foldHanChar(c: string): string {
  return FOLD.get(c) ?? c;
}

const HAS_TRAD = new RegExp(`[${TRAD}]`);

/** Fold every Traditional character of a string (text or a regex source; no regex syntax is a Han
 * character, so a pattern's structure is untouched). */
export function foldHan(s: string): string {
  if (!HAS_TRAD.test(s)) return s;
  let out = '';
  for (const c of s) out += FOLD.get(c) ?? c;
  return out;
}

/** A regex with its Han characters folded (same flags). */
export function foldHanRegExp(re: RegExp): RegExp {
  const src = foldHan(re.source);
  return src === re.source ? re : new RegExp(src, re.flags);
}
