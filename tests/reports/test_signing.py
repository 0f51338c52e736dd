"""The PDFs a unit signs (Phụ lục III, the covering letter, the agency's Phụ lục I) are
ready for a digital signature: PDF 1.7, no password, every font embedded, the real
creation date and a title — and a signing library can sign one and verify it."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from eidroster.reports import aggregate_sheet, letter
from tests.reports import sizes
from tests.reports.helpers import pdf_fonts

pyhanko = pytest.importorskip("pyhanko")


def _test_certificate(folder):
    """A self-signed signing certificate and its key (PEM files), made for the test."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Người Ký Thử (chứng thư thử)"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=True,
                                         crl_sign=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    key_path, cert_path = folder / "key.pem", folder / "cert.pem"
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


def _sign_and_verify(pdf_path, key_path, cert_path):
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import signers
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    signer = signers.SimpleSigner.load(str(key_path), str(cert_path), key_passphrase=None)
    with open(pdf_path, "rb") as fh:
        writer = IncrementalPdfFileWriter(fh)
        signed = signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name="ChuKySo"),
                                  signer=signer)
    signed_bytes = signed.getvalue() if isinstance(signed, io.BytesIO) else signed.read()
    reader = PdfFileReader(io.BytesIO(signed_bytes))
    assert len(reader.embedded_signatures) == 1
    context = ValidationContext(trust_roots=[load_cert_from_pemder(str(cert_path))])
    status = validate_pdf_signature(reader.embedded_signatures[0], context)
    assert status.intact and status.valid and status.trusted, status.pretty_print_details()
    return signed_bytes


def _ready_for_signature(path, title_word: str) -> None:
    reader = PdfReader(path)
    assert reader.pdf_header == "%PDF-1.7"
    assert not reader.is_encrypted
    assert all(pdf_fonts(path).values())
    info = reader.metadata
    assert title_word in (info.title or "")
    created = info.creation_date
    assert created is not None and abs(
        (created.replace(tzinfo=None) - dt.datetime.now()).total_seconds()) < 3600 * 14
    assert created.year != 2000


def test_phu_luc_iii_letter_and_phu_luc_i_sign_and_verify(tmp_path):
    agg = sizes.aggregate(20, 800)
    key_path, cert_path = _test_certificate(tmp_path)
    pl3, pl1, cover = tmp_path / "pl3.pdf", tmp_path / "pl1.pdf", tmp_path / "letter.pdf"
    aggregate_sheet.write_aggregate_pdf(pl3, agg, sizes.SETTINGS)
    aggregate_sheet.write_aggregate_pdf(pl1, agg, sizes.SETTINGS, appendix="I",
                                        unit_header="Đơn vị", stats_title="Thống kê toàn ngành")
    letter.write_letter_pdf(cover, agg, sizes.SETTINGS)
    for path, word in ((pl3, "PHỤ LỤC III"), (pl1, "PHỤ LỤC I"), (cover, "Báo cáo")):
        _ready_for_signature(path, word)
    signed = _sign_and_verify(pl3, key_path, cert_path)
    # the signed file is still the same report, every page readable
    reader = PdfReader(io.BytesIO(signed))
    assert "TỔNG CỘNG" in "".join(p.extract_text() for p in reader.pages)
    _sign_and_verify(cover, key_path, cert_path)
