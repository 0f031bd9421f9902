# Attendus des fixtures, calculés indépendamment du code d'agora (Python, decimal.Decimal, module csv) :
#   python3 test/core/imports/attendus.py > test/core/imports/attendus.json
# Mêmes chiffres que les fiches de provenance (shared/fixtures/*.source.md).
import csv, json, os
from decimal import Decimal as D
F = os.path.join(os.path.dirname(__file__), "../../../../shared/fixtures/")
def dec(s):
    s = (s or "").strip().replace(",", ".")
    return D(s) if s else D(0)
def cts(d): return int(d * 100)
res = {}
rows = list(csv.reader(open(F + "adh-studio-123456782FEC20251231.txt", encoding="utf-8"), delimiter="\t"))
h, data = rows[0], rows[1:]
i = h.index
acc = {}
for r in data:
    a = acc.setdefault(r[i("CompteNum")], [D(0), D(0)]); a[0] += dec(r[i("Debit")]); a[1] += dec(r[i("Credit")])
res["fec"] = {"lignes": len(data), "ecritures": len({(r[0], r[2]) for r in data}),
              "debit": cts(sum(dec(r[i("Debit")]) for r in data)), "credit": cts(sum(dec(r[i("Credit")]) for r in data)),
              "comptes": {k: [cts(v[0]), cts(v[1])] for k, v in sorted(acc.items())}}
rows = list(csv.reader(open(F + "akretion-account_move_generic-fr_coa.csv", encoding="utf-8")))
acc = {}
for r in rows:
    a = acc.setdefault(r[2], [D(0), D(0)]); a[0] += dec(r[6]); a[1] += dec(r[7])
res["akretion"] = {"lignes": len(rows), "debit": cts(sum(dec(r[6]) for r in rows)), "credit": cts(sum(dec(r[7]) for r in rows)),
                   "comptes": {k: [cts(v[0]), cts(v[1])] for k, v in sorted(acc.items())}}
SIG = {"{": (1, 0), "}": (-1, 0)}
for k, c in enumerate("ABCDEFGHI"): SIG[c] = (1, k + 1)
for k, c in enumerate("JKLMNOPQR"): SIG[c] = (-1, k + 1)
def mt(l):
    z = l[90:104]; s, d = SIG[z[-1]]
    return cts(s * D(int(z[:13]) * 10 + d) / (10 ** int(l[19])))
rel = []
for l in open(F + "oca-cfonb120-test_cfonb.txt", newline="").read().replace("\r\n", "\n").split("\n"):
    if l[:2] == "01": cur = {"banque": l[2:7], "compte": l[21:32], "ancien": mt(l), "operations": []}
    elif l[:2] == "04": cur["operations"].append(mt(l))
    elif l[:2] == "07": cur["nouveau"] = mt(l); rel.append(cur)
res["cfonb"] = rel
print(json.dumps(res, indent=1))
