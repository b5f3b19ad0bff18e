"""Deterministic spreadsheets for the import benchmark: what a field team's Excel export holds."""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path

HEADERS = ["客户名称", "联系人", "手机", "邮箱", "城市", "行业", "客户等级", "客户状态",
           "客户来源", "最近跟进", "标签", "备注"]  # fmt: skip
CITIES = ["上海", "北京", "深圳", "广州", "杭州", "成都", "南京", "武汉", "Singapore", "London"]
INDUSTRIES = ["制造", "贸易", "软件", "医疗器械", "物流", "Retail", "Food"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华"
WORDS = ["华信", "恒通", "东方", "宏达", "瑞丰", "Acme", "Northwind", "Apex", "万达", "长城"]


def _row(rng: random.Random, i: int) -> list[object]:
    person = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
    company = (
        f"{rng.choice(CITIES[:8])}{rng.choice(WORDS)}{rng.choice(['科技', '贸易', '机械'])}有限公司"
    )
    last = date(2026, 11, 1) - timedelta(days=rng.randint(0, 300))
    return [
        f"{company}{i}", person, 13_000_000_000 + rng.randint(0, 999_999_999),
        f"user{i}@example.cn", rng.choice(CITIES), rng.choice(INDUSTRIES), rng.choice("ABCDE"),
        rng.choice(["潜在", "意向", "成交", "流失"]),
        rng.choice(["展会", "转介绍", "网络广告", "电话"]),
        last, rng.choice(["VIP", "重点客户", "展会", ""]),
        "首次拜访，介绍了产品线" if i % 3 else "",
    ]  # fmt: skip


def rows(count: int, seed: int = 7) -> list[list[object]]:
    rng = random.Random(seed)
    return [_row(rng, i) for i in range(count)]


def write_csv(path: Path, data: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(data)
    return path


def write_xlsx(path: Path, data: list[list[object]]) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(HEADERS)
    for row in data:
        sheet.append(row)
    book.save(path)
    return path
