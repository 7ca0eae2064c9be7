package main

import "fmt"

const limit = 10

func main() {
	fmt.Println(limit)
	const limit = "shadowed"
	fmt.Println(limit)
	{
		const limit = 2.5
		fmt.Println(limit * 2)
	}
	const (
		p = iota * 100
		q
	)
	fmt.Println(p, q)
}
