package main

import "fmt"

type pt struct{ x, y int }

func main() {
	p := pt{1, 2}
	arr := [3]int{1, 2, 3}
	move := func(dx int) {
		p.x += dx
		arr[0] += dx
	}
	move(5)
	move(1)
	fmt.Println(p, arr)
	snapshot := p
	get := func() pt { return snapshot }
	snapshot.y = 100
	fmt.Println(get(), p)
}
