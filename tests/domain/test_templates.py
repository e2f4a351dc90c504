"""Canned-response templates: fill what is known, leave everything else as written, never crash."""

from __future__ import annotations

import pytest

from deskclient.domain.templates import fill_template, placeholders

VARIABLES = {"customer_name": "Asha Mwangi", "product": "PesaPlus app"}


def test_known_placeholders_are_filled() -> None:
    assert fill_template("Dear {customer_name}, about {product}: {customer_name}.", VARIABLES) == (
        "Dear Asha Mwangi, about PesaPlus app: Asha Mwangi."
    )


def test_unknown_placeholder_is_left_for_the_worker_to_see() -> None:
    assert fill_template("Dear {custmer_name}, about {product}", VARIABLES) == (
        "Dear {custmer_name}, about PesaPlus app"
    )


def test_values_are_not_templates_themselves() -> None:
    assert fill_template("Hi {customer_name}", {"customer_name": "{product} {0} {"}) == "Hi {product} {0} {"


def test_text_without_placeholders_is_unchanged() -> None:
    assert fill_template("Thank you for waiting.", VARIABLES) == "Thank you for waiting."
    assert fill_template("", VARIABLES) == ""


@pytest.mark.parametrize("template", [
    "Dear {customer_name",
    "Dear customer_name}",
    "Price } and {customer_name}",
    "{",
    "}",
    "{customer_name}{",
])
def test_stray_braces_leave_the_template_as_written(template: str) -> None:
    assert fill_template(template, VARIABLES) == template


@pytest.mark.parametrize("template", [
    "Amount {amount:>10}",
    "Dear {customer_name:>30}",
    "Dear {customer_name!r}",
    "Dear {customer_name!s:^9}",
    "Item {0} and {}",
    "Attr {customer_name.upper} index {customer_name[0]}",
    "Nested {customer_name:{width}}",
    "Bad spec {customer_name:%%%}",
])
def test_format_specs_conversions_and_odd_names_do_not_crash_and_are_kept(template: str) -> None:
    assert fill_template(template, VARIABLES) == template


def test_non_latin_text_and_names() -> None:
    assert fill_template("প্রিয় {customer_name}, ধন্যবাদ", {"customer_name": "আশা"}) == "প্রিয় আশা, ধন্যবাদ"


def test_placeholders() -> None:
    assert placeholders("Dear {customer_name}, {product} {customer_name}") == {"customer_name", "product"}
    assert placeholders("no placeholders") == set()
    assert placeholders("broken {customer_name") == set()
