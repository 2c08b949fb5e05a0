#!/usr/bin/env node
/**
 * Writes the deterministic sample workbooks samples/clients.xlsx and samples/products.xlsx.
 *
 * Usage: node scripts/make-sample.js [outputDir]
 *   outputDir defaults to $TIERBOOK_SAMPLE_DIR, then to <repo>/samples.
 *
 * Every run produces byte-identical files: all randomness comes from a seeded PRNG (mulberry32),
 * all dates are fixed, and the zip entries are re-stamped with a fixed timestamp.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

// JSZip is ExcelJS's own zip library; resolve it from ExcelJS so we use the very same copy.
const JSZip = require(require.resolve('jszip', { paths: [path.dirname(require.resolve('exceljs/package.json'))] }));

const SEED = 20260630;
const CLIENT_COUNT = 5000;
const DAY_MS = 86400000;
/** Reference date for 开户年限: the "as of" date of the sample export. */
const REFERENCE_DATE_MS = Date.UTC(2026, 5, 30);
/** Written into docProps and every zip entry so the bytes never depend on the clock. */
const FIXED_TIMESTAMP = new Date(Date.UTC(2026, 5, 30, 0, 0, 0));

const CLIENT_SHEET = '客户清单';
const PRODUCT_SHEET = '产品目录';

const CLIENT_HEADERS = [
  '客户号', '客户姓名', '客户类型', '开户营业部', '开户日期', '总资产', '金融资产', '近三年年均收入',
  '投资经验年限', '年交易次数', '客户需求', '风险等级', '开户年限', '近一年佣金贡献',
];

const PRODUCT_HEADERS = ['产品代码', '产品名称', '产品类型', '风险等级', '最低投资额', '专业投资者专属'];

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

/** mulberry32: a tiny, well-known 32-bit PRNG; returns floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function createRandom(seed) {
  const uniform = mulberry32(seed);
  const api = {
    uniform,
    /** Standard normal via Box–Muller; 1 - u keeps the log argument strictly positive. */
    normal() {
      const u1 = 1 - uniform();
      const u2 = uniform();
      return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    },
    integer(minInclusive, maxInclusive) {
      return minInclusive + Math.floor(uniform() * (maxInclusive - minInclusive + 1));
    },
    pick(items) {
      return items[Math.floor(uniform() * items.length)];
    },
    /** items: [value, weight][] */
    weighted(items) {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let r = uniform() * total;
      for (const [value, weight] of items) {
        r -= weight;
        if (r < 0) return value;
      }
      return items[items.length - 1][0];
    },
    chance(p) {
      return uniform() < p;
    },
  };
  return api;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

/** Common surnames, weighted roughly by frequency in China. */
const SURNAMES = [
  ['王', 72], ['李', 72], ['张', 69], ['刘', 55], ['陈', 45], ['杨', 31], ['黄', 25], ['赵', 20],
  ['吴', 20], ['周', 19], ['徐', 15], ['孙', 15], ['马', 13], ['朱', 13], ['胡', 12], ['郭', 11],
  ['何', 10], ['高', 10], ['林', 10], ['罗', 9], ['郑', 9], ['梁', 9], ['谢', 7], ['宋', 7],
  ['唐', 6], ['许', 6], ['韩', 6], ['冯', 6], ['邓', 6], ['曹', 5], ['彭', 5], ['曾', 5],
  ['肖', 5], ['田', 5], ['董', 4], ['袁', 4], ['潘', 4], ['于', 4], ['蒋', 4], ['蔡', 4],
  ['余', 4], ['杜', 4], ['叶', 4], ['程', 3], ['苏', 3], ['魏', 3], ['吕', 3], ['丁', 3],
  ['任', 3], ['沈', 3], ['姚', 3], ['卢', 3], ['姜', 3], ['崔', 3], ['钟', 3], ['谭', 2],
  ['陆', 2], ['汪', 2], ['范', 2], ['金', 2], ['石', 2], ['廖', 2], ['贾', 2], ['夏', 2],
  ['欧阳', 1], ['司马', 0.3], ['上官', 0.3], ['诸葛', 0.2],
];

const GIVEN_NAME_CHARS_MALE = [
  '伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华', '飞',
  '鑫', '波', '宁', '浩', '凯', '健', '俊', '帆', '帅', '旭', '宇', '晨', '博', '文', '志', '建',
  '国', '海', '东', '林', '峰', '毅', '新', '立', '德', '永', '家', '子', '轩', '睿', '泽', '昊',
];

const GIVEN_NAME_CHARS_FEMALE = [
  '芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '秀', '婷', '雪', '慧', '莹', '玲', '洁', '琳',
  '颖', '倩', '萍', '红', '梅', '燕', '晶', '欣', '悦', '佳', '怡', '雨', '思', '彤', '梓', '涵',
  '文', '晓', '子', '一', '诗', '婉', '嘉', '琪', '璐', '蕾', '瑶', '薇', '月', '春', '兰', '英',
];

const INSTITUTION_CITIES = ['上海', '深圳', '北京', '杭州', '广州', '南京', '苏州', '宁波', '成都', '武汉', '厦门', '天津'];
const INSTITUTION_WORDS = [
  '鼎新', '汇盈', '瑞丰', '宏达', '远航', '睿信', '恒泰', '长青', '融通', '盛世', '锦程', '明德',
  '华信', '安泰', '博远', '景行', '致远', '泓澄', '观复', '承誉', '嘉禾', '云杉', '海岳', '启明',
];
const INSTITUTION_SUFFIXES = [
  ['投资管理有限公司', 5], ['资产管理有限公司', 4], ['私募基金管理有限公司', 4], ['科技股份有限公司', 2],
  ['实业有限公司', 2], ['投资合伙企业（有限合伙）', 3], ['集团有限公司', 1],
];

/** A dozen branch offices; weights reflect that head-office-city branches have more clients. */
const BRANCHES = [
  ['上海浦东南路营业部', 14], ['上海淮海中路营业部', 11], ['上海张杨路营业部', 9], ['深圳福华一路营业部', 12],
  ['深圳深南大道营业部', 9], ['北京金融大街营业部', 11], ['北京建国门外大街营业部', 7], ['杭州庆春路营业部', 8],
  ['广州天河路营业部', 7], ['南京汉中路营业部', 5], ['成都人民南路营业部', 4], ['武汉中北路营业部', 3],
];

/** Account openings bunch up in bull markets (2007, 2015, 2020–21, 2024). */
const OPENING_YEAR_WEIGHTS = [
  [2005, 1], [2006, 2], [2007, 6], [2008, 3], [2009, 4], [2010, 3], [2011, 2], [2012, 2], [2013, 2],
  [2014, 4], [2015, 9], [2016, 4], [2017, 3], [2018, 3], [2019, 4], [2020, 6], [2021, 6], [2022, 4],
  [2023, 4], [2024, 6], [2025, 5],
];

/** Target share of each risk level (C1 conservative … C5 aggressive), assigned by rank of a latent appetite. */
const RISK_LEVEL_SHARES = [['C1', 0.07], ['C2', 0.18], ['C3', 0.35], ['C4', 0.28], ['C5', 0.12]];
/** Investors who failed the assessment or are protected are labelled 风险承受能力最低类别. */
const LOWEST_CATEGORY_LABEL = '最低类别';

const PRODUCTS = [
  ['HB0001', '鑫享现金宝货币A', '货币基金', 'R1', 1, '否'],
  ['HB0002', '日日盈货币B', '货币基金', 'R1', 1000, '否'],
  ['HG0003', '国债逆回购（GC001）', '逆回购', 'R1', 1000, '否'],
  ['SY0101', '本金保障型收益凭证第128期', '收益凭证', 'R1', 50000, '否'],
  ['ZQ0201', '稳健纯债债券A', '债券基金', 'R2', 100, '否'],
  ['ZQ0202', '短债增强债券C', '债券基金', 'R2', 10, '否'],
  ['ZQ0203', '可转债精选债券', '债券基金', 'R3', 100, '否'],
  ['SY0102', '非保本浮动收益凭证第36期', '收益凭证', 'R3', 50000, '否'],
  ['HH0301', '平衡配置混合A', '混合基金', 'R3', 100, '否'],
  ['HH0302', '价值成长混合', '混合基金', 'R4', 100, '否'],
  ['GP0401', '沪深300指数增强A', '股票基金', 'R4', 10, '否'],
  ['GP0402', '科技创新股票', '股票基金', 'R4', 100, '否'],
  ['GP0403', '中证500ETF联接C', '股票基金', 'R4', 10, '否'],
  ['ZG0501', '固收增强1号集合资产管理计划', '资管计划', 'R3', 300000, '否'],
  ['SM0601', '量化中性1号私募证券投资基金', '私募', 'R3', 1000000, '是'],
  ['SM0602', '指数增强2号私募证券投资基金', '私募', 'R4', 1000000, '是'],
  ['SM0603', '宏观对冲3号私募证券投资基金', '私募', 'R5', 1000000, '是'],
  ['LR0701', '融资融券', '两融', 'R4', 500000, '否'],
  ['QQ0801', '上交所股票期权', '期权', 'R5', 500000, '否'],
  ['CW0901', '场外收益互换', '场外衍生品', 'R5', 10000000, '是'],
];

// ---------------------------------------------------------------------------------------------
// Client generation
// ---------------------------------------------------------------------------------------------

function roundTo(value, decimals) {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function sigmoid(x) {
  return 1 / (1 + Math.exp(-x));
}

function uniqueClientId(random, usedIds) {
  for (;;) {
    const id = '3100' + String(random.integer(0, 99999999)).padStart(8, '0');
    if (!usedIds.has(id)) {
      usedIds.add(id);
      return id;
    }
  }
}

function personName(random) {
  const surname = random.weighted(SURNAMES);
  const chars = random.chance(0.5) ? GIVEN_NAME_CHARS_MALE : GIVEN_NAME_CHARS_FEMALE;
  const given = random.chance(0.72) ? random.pick(chars) + random.pick(chars) : random.pick(chars);
  return surname + given;
}

function institutionName(random) {
  return random.pick(INSTITUTION_CITIES) + random.pick(INSTITUTION_WORDS) + random.weighted(INSTITUTION_SUFFIXES);
}

function openingDateMs(random) {
  const year = random.weighted(OPENING_YEAR_WEIGHTS);
  const start = Date.UTC(year, 0, 1);
  const daysInYear = (Date.UTC(year + 1, 0, 1) - start) / DAY_MS;
  return start + random.integer(0, daysInYear - 1) * DAY_MS;
}

function tenureYears(openedMs) {
  return roundTo((REFERENCE_DATE_MS - openedMs) / DAY_MS / 365.25, 1);
}

/** Heavy-tailed assets: lognormal, a little richer with tenure; institutions are far larger. */
function totalAssets(random, isInstitution, tenure) {
  const logAssets = isInstitution
    ? Math.log(3e6) + 1.6 * random.normal()
    : Math.log(120000) + 0.035 * (tenure - 8) + 1.35 * random.normal();
  return Math.max(0.01, roundTo(Math.exp(logAssets), 2));
}

function financialAssets(random, total) {
  return Math.max(0.01, roundTo(total * (0.86 + 0.13 * random.uniform()), 2));
}

function annualIncome(random, isInstitution, total) {
  const logIncome = isInstitution
    ? Math.log(5e6) + 0.4 * (Math.log(total) - Math.log(3e6)) + 1.0 * random.normal()
    : Math.log(120000) + 0.35 * (Math.log(total) - Math.log(120000)) + 0.6 * random.normal();
  return roundTo(Math.exp(logIncome), 2);
}

/** Experience covers at least the years with us, plus some before. */
function investmentExperience(random, tenure) {
  const before = Math.min(15, Math.floor(-Math.log(1 - random.uniform()) * 2.5));
  return Math.floor(tenure) + before;
}

/** Many dormant or occasional traders, a long tail of very active ones. */
function yearlyTrades(random, isInstitution, total) {
  const dormantShare = isInstitution ? 0.08 : 0.16;
  if (random.chance(dormantShare)) return 0;
  const logTrades = Math.log(isInstitution ? 40 : 10) + 0.22 * (Math.log(total) - Math.log(120000)) + 1.5 * random.normal();
  return Math.min(20000, Math.max(1, Math.floor(Math.exp(logTrades))));
}

/** Professional needs follow the 适当性 thresholds (金融资产 ≥ 500万 or income ≥ 50万) but are not fixed by them. */
function clientNeeds(random, isInstitution, finAssets, income, experience) {
  const logit = 2.2 * (Math.log10(finAssets) - 6.3)
    + 0.08 * (experience - 8)
    + (income >= 500000 ? 1.0 : 0)
    + (isInstitution ? 2.5 : 0);
  return random.chance(sigmoid(logit)) ? '专业投资' : '基础理财';
}

function commission(random, isInstitution, total, trades) {
  if (trades === 0) return 0;
  // Typical order size grows with assets but is capped: large accounts split their orders.
  const ticket = Math.min(5e6, Math.max(1000, total * (0.08 + 0.25 * random.uniform())));
  const rate = isInstitution ? 0.00008 : total > 5e6 ? 0.0001 : total > 5e5 ? 0.00018 : 0.00025;
  const perTrade = Math.max(5, ticket * rate);
  return roundTo(trades * perTrade * (0.9 + 0.2 * random.uniform()), 2);
}

function standardise(values) {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length) || 1;
  return values.map((v) => (v - mean) / sd);
}

/** Ranks a latent risk appetite (assets, activity, experience, needs) into C1–C5 at fixed shares. */
function assignRiskLevels(random, clients) {
  const zAssets = standardise(clients.map((c) => Math.log(c.total)));
  const zTrades = standardise(clients.map((c) => Math.log1p(c.trades)));
  const zExperience = standardise(clients.map((c) => c.experience));
  const latent = clients.map((c, i) => 0.8 * zAssets[i] + 0.4 * zTrades[i] + 0.3 * zExperience[i]
    + (c.needs === '专业投资' ? 0.6 : 0) + (c.isInstitution ? 0.5 : 0) + random.normal());
  const order = clients.map((_, i) => i).sort((a, b) => latent[a] - latent[b] || a - b);
  let start = 0;
  RISK_LEVEL_SHARES.forEach(([level, share], k) => {
    const end = k === RISK_LEVEL_SHARES.length - 1 ? order.length : start + Math.round(share * order.length);
    for (let r = start; r < end; r++) clients[order[r]].risk = level;
    start = end;
  });
  // About 1% of clients, drawn from the most cautious quarter, carry the 最低类别 label instead.
  const cautiousQuarter = order.slice(0, Math.floor(order.length / 4));
  for (const i of cautiousQuarter) {
    if (random.chance(0.05)) clients[i].risk = LOWEST_CATEGORY_LABEL;
  }
}

function generateClients(random) {
  const usedIds = new Set();
  const clients = [];
  for (let i = 0; i < CLIENT_COUNT; i++) {
    const isInstitution = random.chance(0.03);
    const openedMs = openingDateMs(random);
    const tenure = tenureYears(openedMs);
    const total = totalAssets(random, isInstitution, tenure);
    const finAssets = financialAssets(random, total);
    const income = annualIncome(random, isInstitution, total);
    const experience = investmentExperience(random, tenure);
    const trades = yearlyTrades(random, isInstitution, total);
    clients.push({
      id: uniqueClientId(random, usedIds),
      name: isInstitution ? institutionName(random) : personName(random),
      isInstitution,
      branch: random.weighted(BRANCHES),
      openedMs,
      tenure,
      total,
      finAssets,
      income,
      experience,
      trades,
      needs: clientNeeds(random, isInstitution, finAssets, income, experience),
      risk: '',
      commission: commission(random, isInstitution, total, trades),
    });
  }
  assignRiskLevels(random, clients);
  return clients;
}

function clientRow(c) {
  return [
    c.id, c.name, c.isInstitution ? '机构' : '个人', c.branch, new Date(c.openedMs), c.total, c.finAssets,
    c.income, c.experience, c.trades, c.needs, c.risk, c.tenure, c.commission,
  ];
}

// ---------------------------------------------------------------------------------------------
// Workbook writing
// ---------------------------------------------------------------------------------------------

function newWorkbook() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TierBook sample generator';
  workbook.lastModifiedBy = 'TierBook sample generator';
  workbook.created = FIXED_TIMESTAMP;
  workbook.modified = FIXED_TIMESTAMP;
  return workbook;
}

function styleHeader(sheet, columnCount) {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columnCount } };
}

const MONEY_FORMAT = '#,##0.00';
const CLIENT_COLUMN_FORMATS = {
  客户号: { width: 15, numFmt: '@' },
  客户姓名: { width: 30 },
  客户类型: { width: 9 },
  开户营业部: { width: 24 },
  开户日期: { width: 12, numFmt: 'yyyy-mm-dd' },
  总资产: { width: 17, numFmt: MONEY_FORMAT },
  金融资产: { width: 17, numFmt: MONEY_FORMAT },
  近三年年均收入: { width: 16, numFmt: MONEY_FORMAT },
  投资经验年限: { width: 12, numFmt: '0' },
  年交易次数: { width: 11, numFmt: '0' },
  客户需求: { width: 10 },
  风险等级: { width: 10 },
  开户年限: { width: 10, numFmt: '0.0' },
  近一年佣金贡献: { width: 15, numFmt: MONEY_FORMAT },
};

function buildClientWorkbook(clients) {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(CLIENT_SHEET);
  sheet.columns = CLIENT_HEADERS.map((header) => ({
    header,
    key: header,
    width: CLIENT_COLUMN_FORMATS[header].width,
    style: CLIENT_COLUMN_FORMATS[header].numFmt ? { numFmt: CLIENT_COLUMN_FORMATS[header].numFmt } : {},
  }));
  for (const client of clients) sheet.addRow(clientRow(client));
  styleHeader(sheet, CLIENT_HEADERS.length);
  return workbook;
}

function buildProductWorkbook() {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(PRODUCT_SHEET);
  const widths = [10, 32, 12, 9, 14, 15];
  sheet.columns = PRODUCT_HEADERS.map((header, i) => ({ header, key: header, width: widths[i] }));
  for (const product of PRODUCTS) sheet.addRow(product);
  sheet.getColumn(5).numFmt = '#,##0';
  styleHeader(sheet, PRODUCT_HEADERS.length);
  return workbook;
}

/** Re-packs the zip with a fixed timestamp on every entry; JSZip otherwise stamps "now". */
async function reproducibleZip(buffer) {
  const source = await JSZip.loadAsync(buffer);
  const target = new JSZip();
  for (const name of Object.keys(source.files)) {
    const entry = source.files[name];
    if (entry.dir) continue;
    target.file(name, await entry.async('nodebuffer'), { date: FIXED_TIMESTAMP, createFolders: false });
  }
  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}

async function writeWorkbook(workbook, filePath) {
  const raw = await workbook.xlsx.writeBuffer();
  fs.writeFileSync(filePath, await reproducibleZip(Buffer.from(raw)));
}

function resolveOutputDir(argv, env) {
  const fromArgs = argv[2];
  if (fromArgs) return path.resolve(fromArgs);
  if (env.TIERBOOK_SAMPLE_DIR) return path.resolve(env.TIERBOOK_SAMPLE_DIR);
  return path.resolve(__dirname, '..', 'samples');
}

async function main() {
  const outputDir = resolveOutputDir(process.argv, process.env);
  fs.mkdirSync(outputDir, { recursive: true });
  const clients = generateClients(createRandom(SEED));
  const clientsPath = path.join(outputDir, 'clients.xlsx');
  const productsPath = path.join(outputDir, 'products.xlsx');
  await writeWorkbook(buildClientWorkbook(clients), clientsPath);
  await writeWorkbook(buildProductWorkbook(), productsPath);
  process.stdout.write(`wrote ${clientsPath} (${clients.length} clients)\nwrote ${productsPath} (${PRODUCTS.length} products)\n`);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
  });
}

module.exports = { mulberry32, generateClients, createRandom, SEED, CLIENT_HEADERS, PRODUCT_HEADERS };
