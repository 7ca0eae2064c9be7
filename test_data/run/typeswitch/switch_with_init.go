package main

import "fmt"

func values() []interface{} { return []interface{}{1, "a", nil} }

func main() {
	for i, v := range values() {
		switch t := v; x := t.(type) {
		case int:
			fmt.Println(i, "int", x)
		case nil:
			fmt.Println(i, "nil", x == nil)
		default:
			fmt.Println(i, "default", x)
		}
	}
}
