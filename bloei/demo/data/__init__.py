"""Word lists for the demo city: names, streets, places and Dutch text fragments.

Own lists rather than Faker, so `make demo` works with the runtime requirements only and the
output stays the same across library versions. Everything here is invented; any likeness to a
real person is a coincidence of common Dutch names.
"""
