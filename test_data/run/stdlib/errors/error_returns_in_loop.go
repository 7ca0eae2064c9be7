package main

import (
	"errors"
	"fmt"
)

type op struct {
	name string
	a, b int
}

func (o op) run() (int, error) {
	switch o.name {
	case "add":
		return o.a + o.b, nil
	case "div":
		if o.b == 0 {
			return 0, errors.New("division by zero")
		}
		return o.a / o.b, nil
	}
	return 0, fmt.Errorf("unknown op %q", o.name)
}

func main() {
	ops := []op{{"add", 1, 2}, {"div", 6, 3}, {"div", 1, 0}, {"pow", 2, 3}}
	for _, o := range ops {
		if v, err := o.run(); err != nil {
			fmt.Println(o.name, "failed:", err)
		} else {
			fmt.Println(o.name, "=", v)
		}
	}
}
