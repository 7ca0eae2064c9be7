package main

import "fmt"

func describe(v interface{}) string {
	return fmt.Sprintf("%v (%T)", v, v)
}

func main() {
	vals := []interface{}{42, "str", 3.5, true, nil, []int{1}, map[string]int{"a": 1}, struct{ X int }{1}, 'r', byte(7)}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var x interface{} = 5
	x = "now a string"
	fmt.Println(x)
}
