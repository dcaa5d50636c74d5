"""Pure decision logic: inputs and outputs are domain objects, and every decision carries its reasons."""
