"""Pure-Python rules of the product: no Qt, no SQL, so they can be tested and reused anywhere."""
