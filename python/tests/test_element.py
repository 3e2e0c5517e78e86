"""The internal Element builder: value dispatch (spec §5.1), errors, repr and destruction."""

from __future__ import annotations

import datetime as dt

import pytest

from quiverdb import QuiverError
from quiverdb.element import Element


def render(**values: object) -> str:
    element = Element()
    try:
        for name, value in values.items():
            element.set(name, value)
        return repr(element)
    finally:
        element.destroy()


def test_set_is_fluent_and_repr_uses_the_c_rendering():
    element = Element().set("label", "x y").set("f", 3.14).set("i", -5).set("n", None)
    element.set("arr", [1, 2, 3]).set("empty", []).set("sarr", ["a", "b"])
    try:
        assert repr(element) == (
            "Element {\n"
            "  scalars:\n"
            "    f: 3.140000\n"
            "    i: -5\n"
            '    label: "x y"\n'
            "    n: null\n"
            "  arrays:\n"
            "    arr: [1, 2, 3]\n"
            "    empty: []\n"
            '    sarr: ["a", "b"]\n'
            "}"
        )
    finally:
        element.destroy()


def test_scalar_dispatch():
    assert render(b=True, c=False) == "Element {\n  scalars:\n    b: 1\n    c: 0\n}"
    assert render(i=2**63 - 1) == "Element {\n  scalars:\n    i: 9223372036854775807\n}"
    assert render(f=2.5) == "Element {\n  scalars:\n    f: 2.500000\n}"
    assert render(s="2024-01-15T10:30:00") == 'Element {\n  scalars:\n    s: "2024-01-15T10:30:00"\n}'


def test_array_dispatch_by_first_item():
    assert render(a=[True, False]) == "Element {\n  arrays:\n    a: [1, 0]\n}"
    assert render(a=[True, 2.9]) == "Element {\n  arrays:\n    a: [1, 2]\n}"
    assert render(a=[1, True]) == "Element {\n  arrays:\n    a: [1, 1]\n}"
    assert render(a=[1.5, 2]) == "Element {\n  arrays:\n    a: [1.500000, 2.000000]\n}"
    assert render(a=[1.5, True]) == "Element {\n  arrays:\n    a: [1.500000, 1.000000]\n}"
    assert render(a=["x", "é"]) == 'Element {\n  arrays:\n    a: ["x", "é"]\n}'


@pytest.mark.parametrize("value", [dt.datetime(2024, 1, 1), dt.date(2024, 1, 1), (1, 2), {"a": 1},
                                   {1}, b"raw", object()])
def test_unsupported_scalar_types(value):
    element = Element()
    with pytest.raises(TypeError) as excinfo:
        element.set("attr", value)
    assert str(excinfo.value) == f"Unsupported type {type(value).__name__} for Element.set('attr')"
    element.destroy()


@pytest.mark.parametrize("first", [None, dt.datetime(2024, 1, 1), [1], (1,), b"x"])
def test_unsupported_array_types(first):
    element = Element()
    with pytest.raises(TypeError) as excinfo:
        element.set("values", [first, 1])
    assert str(excinfo.value) == f"Unsupported array element type {type(first).__name__} for Element.set('values')"
    element.destroy()


@pytest.mark.parametrize("values, error", [
    ([1, 2.5], TypeError), ([1, None], TypeError), ([1, "a"], TypeError),
    ([1.5, None], TypeError), ([1.5, "a"], TypeError),
    ([True, "a"], ValueError),
    (["a", 1], AttributeError), (["a", None], AttributeError),
    ([2**63], OverflowError),
])
def test_mixed_lists_fail_in_conversion(values, error):
    element = Element()
    with pytest.raises(error):
        element.set("values", values)
    element.destroy()


def test_integer_out_of_range():
    element = Element()
    with pytest.raises(OverflowError):
        element.set("i", 2**63)
    element.destroy()


def test_name_must_be_str():
    element = Element()
    with pytest.raises(AttributeError):
        element.set(1, 2)  # type: ignore[arg-type]
    element.destroy()


def test_clear():
    element = Element().set("a", 1).set("b", [1])
    element.clear()
    assert repr(element) == "Element {\n}"
    element.destroy()


def test_destroyed_element():
    element = Element()
    element.destroy()
    element.destroy()
    assert element._destroyed is True
    assert repr(element) == "Element(destroyed)"
    with pytest.raises(QuiverError, match="^Element has been destroyed$"):
        element.set("a", 1)
    with pytest.raises(QuiverError, match="^Element has been destroyed$"):
        element.clear()


def test_del_destroys_without_warning(recwarn):
    element = Element().set("a", 1)
    element.__del__()
    assert element._destroyed
    assert len(recwarn) == 0


def test_element_is_not_exported():
    with pytest.raises(ImportError):
        from quiverdb import Element  # noqa: F401
